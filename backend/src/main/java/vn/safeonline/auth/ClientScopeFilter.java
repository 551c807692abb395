package vn.safeonline.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Scopes;
import vn.safeonline.user.AppUser;

/**
 * A system client may call only the operations open to system clients, and only with the scope each names (the
 * operation's {@code x-client-scope} extension, the same annotation the contract shows). People are not concerned. The
 * organisation rules then apply as they do to the client's organisation's officers.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class ClientScopeFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String TAKEN = ClientScopeFilter.class.getName() + ".taken";

    @Context
    ResourceInfo resource;
    @Inject
    SecurityIdentity identity;
    @Inject
    ClientRateLimit rate;

    @Override
    public void filter(ContainerRequestContext request) {
        if (identity.isAnonymous()) return;
        AppUser account = identity.getAttribute(DatabaseRolesAugmentor.USER);
        if (account == null || !account.system) return;
        String scope = scopeOf(resource.getResourceMethod());
        if (scope == null) {
            throw new ApiException(ProblemType.INSUFFICIENT_SCOPE, "Thao tác này chỉ dành cho người dùng, không mở cho ứng dụng hệ thống");
        }
        if (!scope.equals(Scopes.ANY) && !account.scopeSet().contains(scope)) {
            throw new ApiException(ProblemType.INSUFFICIENT_SCOPE, "Ứng dụng cần phạm vi “" + scope + "” cho thao tác này");
        }
        ClientRateLimit.Taken taken = rate.take(account.id);
        request.setProperty(TAKEN, taken);
        if (taken.refused()) throw new TooManyRequests(taken);
    }

    /** Every answer to a client says its allowance. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(TAKEN) instanceof ClientRateLimit.Taken taken) {
            response.getHeaders().putSingle("RateLimit-Policy", taken.policy());
            response.getHeaders().putSingle("RateLimit", taken.header());
            if (taken.refused()) response.getHeaders().putSingle("Retry-After", taken.resetSeconds());
        }
    }

    /** Over the allowance: 429 rate-limited, with Retry-After. */
    public static final class TooManyRequests extends ApiException {
        TooManyRequests(ClientRateLimit.Taken taken) {
            super(ProblemType.RATE_LIMITED, "Ứng dụng đã gửi quá " + taken.limit() + " yêu cầu trong một phút; hãy thử lại sau " + taken.resetSeconds() + " giây");
        }
    }

    /** The scope an operation names, or null when it is not open to system clients. */
    static String scopeOf(Method method) {
        if (method == null) return null;
        for (Extension e : method.getAnnotationsByType(Extension.class)) {
            if (Scopes.EXTENSION.equals(e.name())) return e.value();
        }
        return null;
    }
}
