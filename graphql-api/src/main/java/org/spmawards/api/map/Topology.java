package org.spmawards.api.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.spmawards.domain.region.RegionCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A TopoJSON topology of one layer, split so that a collection of some of its regions can
 * be written quickly: each shared arc and the transform as JSON text, each region's
 * geometry (its references to the arcs) as a node. A collection carries only the arcs its
 * regions use, renumbered, so that a map of the cities does not carry the regencies'.
 *
 * @param objectName the name of the topology's one object, e.g. {@code regencies}
 * @param transformJson the quantization transform
 * @param arcs each arc as JSON text
 * @param geometries each region's geometry, without properties, in code order
 */
public record Topology(String objectName, String transformJson, List<String> arcs,
		Map<RegionCode, ObjectNode> geometries) {

	static Topology of(JsonMapper json, JsonNode root) {
		Map.Entry<String, JsonNode> object = root.get("objects").properties().iterator().next();
		Map<RegionCode, ObjectNode> geometries = new LinkedHashMap<>();
		for (JsonNode geometry : object.getValue().get("geometries")) {
			ObjectNode copy = ((ObjectNode) geometry).deepCopy();
			copy.remove("properties");
			geometries.put(RegionCode.of(Objects.requireNonNull(geometry.get("id")).asString()), copy);
		}
		List<String> arcs = new ArrayList<>();
		for (JsonNode arc : root.get("arcs")) {
			arcs.add(json.writeValueAsString(arc));
		}
		return new Topology(object.getKey(), json.writeValueAsString(root.get("transform")),
				Collections.unmodifiableList(arcs), Collections.unmodifiableMap(geometries));
	}

	/**
	 * Writes a topology of some of the regions, with properties of their own.
	 * @param json writes JSON
	 * @param members the topology's members before {@code transform} (each ending in a
	 * comma), e.g. its licence
	 * @param properties each region's properties, in the order to write them
	 * @return the TopoJSON text
	 */
	String write(JsonMapper json, String members, Map<RegionCode, ? extends Map<String, ?>> properties) {
		Map<Integer, Integer> renumbered = new LinkedHashMap<>();
		List<ObjectNode> selected = new ArrayList<>();
		for (Map.Entry<RegionCode, ? extends Map<String, ?>> region : properties.entrySet()) {
			ObjectNode geometry = this.geometries.get(region.getKey()).deepCopy();
			geometry.set("arcs", renumber(geometry.get("arcs"), renumbered));
			geometry.set("properties", json.valueToTree(region.getValue()));
			selected.add(geometry);
		}
		StringBuilder body = new StringBuilder("{\"type\":\"Topology\",").append(members)
			.append("\"transform\":")
			.append(this.transformJson)
			.append(",\"objects\":{")
			.append(json.writeValueAsString(this.objectName))
			.append(":{\"type\":\"GeometryCollection\",\"geometries\":[");
		appendAll(body, selected.stream().map(json::writeValueAsString).toList());
		body.append("\n]}},\"arcs\":[");
		appendAll(body, renumbered.keySet().stream().map(this.arcs::get).toList());
		return body.append("\n]}\n").toString();
	}

	private static void appendAll(StringBuilder body, Collection<String> items) {
		boolean first = true;
		for (String item : items) {
			body.append(first ? "\n" : ",\n").append(item);
			first = false;
		}
	}

	/**
	 * Rewrites nested arc references to the arcs' new numbers, numbering each arc the
	 * first time it is used; a reversed arc {@code ~i} (written {@code -i-1}) stays
	 * reversed.
	 */
	private static JsonNode renumber(JsonNode references, Map<Integer, Integer> renumbered) {
		if (references.isNumber()) {
			int reference = references.asInt();
			int arc = (reference < 0) ? ~reference : reference;
			int number = renumbered.computeIfAbsent(arc, (unused) -> renumbered.size());
			return JsonNodeFactory.instance.numberNode((reference < 0) ? ~number : number);
		}
		ArrayNode rewritten = JsonNodeFactory.instance.arrayNode();
		for (JsonNode nested : references) {
			rewritten.add(renumber(nested, renumbered));
		}
		return rewritten;
	}

}
