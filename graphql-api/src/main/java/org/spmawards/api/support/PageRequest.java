package org.spmawards.api.support;

/**
 * Which slice of a list a connection field was asked for.
 *
 * @param offset how many items to skip
 * @param limit how many items to return at most
 */
public record PageRequest(long offset, int limit) {

}
