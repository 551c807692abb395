package vn.safeonline.client;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.client.SystemClientDtos.ClientInput;
import vn.safeonline.client.SystemClientDtos.ClientSecret;
import vn.safeonline.client.SystemClientDtos.ClientView;
import vn.safeonline.client.SystemClientDtos.ScopesInput;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;

@Path("/api/system-clients")
@Tag(name = "System clients", description = "Ứng dụng hệ thống: the school and department systems that call the API with the client-credentials grant")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@io.quarkus.security.Authenticated
public class SystemClientResource {
    @Inject
    SystemClientService clients;

    @GET
    @Operation(operationId = "listSystemClients", summary = "The system clients the caller manages (ADMIN: the deployment's; a coordinator: its organisation's and below)",
            description = "ADMIN sees every client of the deployment; a coordinator, the clients of its organisation and the ones below it; others get 403. "
                    + "Paged; never shows a secret. Answers an ETag.")
    public PageResponse<ClientView> list(@Valid @BeanParam PageParams page) {
        return clients.list(page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerSystemClient", summary = "Register a system client for an organisation, with its scopes; the secret is shown once",
            description = "ADMIN, or a coordinator for its own organisation or one below it (403 otherwise). The answer holds the client id and the secret, "
                    + "shown this once and stored only as a hash: keep it. The client then gets tokens by POST /api/auth/token (client_credentials) with "
                    + "those scopes. 400 for an unknown scope, 422 (organizationId) for an unknown organisation. Not idempotent: each call registers another client.")
    @APIResponse(responseCode = "201", description = "Registered; keep the secret, it is not shown again",
            content = @Content(schema = @Schema(implementation = ClientSecret.class)))
    public Response register(@Valid @NotNull ClientInput in) {
        ClientSecret made = clients.register(in);
        return Response.created(URI.create("/api/system-clients/" + made.client().id())).entity(made).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSystemClient", summary = "A system client (never its secret)",
            description = "Whoever manages the client (ADMIN, or a coordinator of its organisation or above); 404 for anyone else. Shows its scopes, last use"
                    + " and the window in which the previous secret still works after a rotation, never a secret. Answers an ETag.")
    public ClientView get(@Parameter(example = "42") @PathParam("id") long id) {
        return clients.get(id);
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(operationId = "rotateSystemClientSecret", summary = "A new secret, shown once; the previous one keeps working for 24 hours",
            description = "Whoever manages the client. A new secret is answered once; the previous one keeps working for 24 hours (previousSecretValidUntil) "
                    + "so the system can switch without downtime. 409 invalid-transition for a revoked client. Each call rotates again (the older secret "
                    + "then stops at once).")
    public ClientSecret rotate(@Parameter(example = "42") @PathParam("id") long id) {
        return clients.rotate(id);
    }

    @PUT
    @Path("{id}/scopes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setSystemClientScopes", summary = "Change what the client may do; its tokens follow at once",
            description = "Whoever manages the client replaces its scopes; tokens already issued follow at once, because scopes are read from the database on"
                    + " every request. 409 invalid-transition for a revoked client; 400 for an unknown scope. Idempotent.")
    public ClientView scopes(@Parameter(example = "42") @PathParam("id") long id, @Valid @NotNull ScopesInput in) {
        return clients.setScopes(id, in.scopes());
    }

    @POST
    @Path("{id}/revoke")
    @Operation(operationId = "revokeSystemClient", summary = "Revoke the client: its secrets and tokens stop working at once",
            description = "Whoever manages the client revokes it for good: its secrets stop working, its live tokens are refused from the next request, and "
                    + "its webhooks are no longer delivered. Idempotent: revoking a revoked client answers it unchanged. Recorded in the audit log.")
    public ClientView revoke(@Parameter(example = "42") @PathParam("id") long id) {
        return clients.revoke(id);
    }
}
