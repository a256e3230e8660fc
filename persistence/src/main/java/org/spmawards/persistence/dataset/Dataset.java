package org.spmawards.persistence.dataset;

/**
 * The data a database holds.
 *
 * @param kind official or demo
 * @param description what the data is, for a banner
 */
public record Dataset(DatasetKind kind, String description) {

}
