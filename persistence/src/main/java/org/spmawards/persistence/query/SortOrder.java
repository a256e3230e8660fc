package org.spmawards.persistence.query;

/**
 * One key of an order.
 *
 * @param field the field
 * @param descending {@code true} for highest first
 */
public record SortOrder(QueryField field, boolean descending) {

}
