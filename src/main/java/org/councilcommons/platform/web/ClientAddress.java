package org.councilcommons.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, for throttling. Behind a reverse proxy every request comes from the proxy, so
 * with {@code COMMONS_BEHIND_PROXY=true} the last address the proxy appended to {@code X-Forwarded-For} is used
 * (the entries before it are whatever the client claimed, and cannot be trusted).
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServletRequest request, boolean behindProxy) {
        if (behindProxy) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].trim();
            }
        }
        return request.getRemoteAddr();
    }
}
