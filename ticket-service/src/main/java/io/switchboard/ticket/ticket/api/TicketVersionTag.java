package io.switchboard.ticket.ticket.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every answer that is one ticket carries its version as {@code ETag} (read, create, actions, attribute
 * changes), so a client can send it back as {@code If-Match} without reading the body.
 */
@Provider
public class TicketVersionTag implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof TicketView ticket && response.getStatus() / 100 == 2) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(Long.toString(ticket.version())));
        }
    }
}
