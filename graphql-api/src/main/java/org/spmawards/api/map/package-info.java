/**
 * Maps: the boundaries of every region at two resolutions, as GeoJSON geometries in
 * GraphQL and as choropleth-ready GeoJSON and TopoJSON feature collections.
 */
@NullMarked
package org.spmawards.api.map;

import org.jspecify.annotations.NullMarked;
