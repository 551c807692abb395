package vn.safeonline.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.org.OrgRef;

/** The shapes of system clients on the wire. The secret appears once, in the answer that makes it. */
public final class SystemClientDtos {
    private SystemClientDtos() {
    }

    static final String SCOPE = "^(plans:read|progress:write|attendees:write|activities:write|checkin:write|indicators:read)$";

    @Schema(name = "SystemClientInput")
    public record ClientInput(@NotBlank @Size(max = 200) @Schema(required = true, examples = "Phần mềm quản lý trường THPT Châu Văn Liêm") String name,
                              @NotNull @Schema(examples = "12", required = true, description = "the organisation the client acts for (the caller's own or one below it)") Long organizationId,
                              @NotEmpty @Size(max = 6) @Schema(required = true, examples = "[\"plans:read\", \"attendees:write\"]")
                              List<@NotNull @Size(max = 32) @Pattern(regexp = SCOPE, message = "{vn.safeonline.scope}") String> scopes) {
    }

    @Schema(name = "SystemClientScopesInput")
    public record ScopesInput(@NotEmpty @Size(max = 6) @Schema(examples = "[\"plans:read\", \"attendees:write\"]", required = true)
                              List<@NotNull @Size(max = 32) @Pattern(regexp = SCOPE, message = "{vn.safeonline.scope}") String> scopes) {
    }

    @Schema(name = "SystemClient")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClientView(@Schema(examples = "42", required = true) long id, @Schema(required = true, examples = "sc-7k3m9q2p4tzx8w5n") String clientId,
                             @Schema(examples = "Tỷ lệ trường tổ chức chuyên đề", required = true) String name, @Schema(required = true) OrgRef organization,
                             @Schema(examples = "[\"plans:read\", \"attendees:write\"]", required = true) List<String> scopes, @Schema(required = true) OffsetDateTime createdAt,
                             @Schema(description = "when it last obtained a token") OffsetDateTime lastUsedAt,
                             @Schema(description = "until when the secret before the last rotation still works") OffsetDateTime previousSecretValidUntil,
                             OffsetDateTime revokedAt, @Schema(examples = "3", required = true) int version) {
        static ClientView of(SystemClient c) {
            return new ClientView(c.id, c.clientId, c.name, OrgRef.of(c.account.organization), c.account.scopeSet().stream().sorted().toList(), c.createdAt,
                    c.lastUsedAt, c.previousValidUntil, c.revokedAt, c.version);
        }
    }

    @Schema(name = "SystemClientSecret", description = "The client with its new secret: shown this once, stored only as a hash")
    public record ClientSecret(@Schema(required = true) ClientView client,
                               @Schema(required = true, examples = "scs_Qm9uIGFwcMOpdGl0IMOgIHRvdXMgbGVzIGTDqXZlbG9wcGV1cnM") String secret) {
    }
}
