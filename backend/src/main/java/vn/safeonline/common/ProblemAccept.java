package vn.safeonline.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * A client that accepts only problem+json — what generated clients send for an operation whose only declared bodies are
 * its errors (a 204 DELETE, say) — is served like one that accepts JSON: the success has no body or a JSON one, and an
 * error is problem+json either way. Without this the server would refuse it with 406.
 */
@Provider
@PreMatching
public class ProblemAccept implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("application/problem+json") && !accept.contains("application/json") && !accept.contains("*/*")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", application/json");
        }
    }
}
