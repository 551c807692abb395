package vn.safeonline.planimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.safeonline.common.Role;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.ProblemType;
import vn.safeonline.planimport.ImportDtos.Draft;
import vn.safeonline.planimport.ImportDtos.Result;
import vn.safeonline.planimport.ImportDtos.TextInput;

@Path("/api/plan-imports")
@Tag(name = "Plan import", description = "Soạn kế hoạch từ văn bản: đọc, đối chiếu, người điều phối xác nhận")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
public class PlanImportResource {
    @Inject
    PlanImportService service;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "draftPlanFromFile", summary = "Read a plan's document (.txt, .docx, .pdf with a text layer; a scanned PDF through OCR when available) into a draft",
            description = "The type is read from the bytes. Nothing is saved. Every value comes with its place in the document and a confidence; an agency "
                    + "the importer cannot match is reported as unknown, never guessed.")
    @APIResponse(responseCode = "200", description = "The draft", content = @Content(schema = @Schema(implementation = Draft.class)))
    @APIResponse(responseCode = "413", description = "Larger than 20 MB, or a .docx that unzips too large", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Neither UTF-8 text, .docx nor PDF", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Draft fromFile(@RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null || file.uploadedFile() == null) throw ApiException.field("file", "Required", "Chọn tệp .txt, .docx hoặc .pdf");
        byte[] bytes;
        try {
            if (Files.size(file.uploadedFile()) > SourceText.MAX_BYTES) throw new ApiException(ProblemType.FILE_TOO_LARGE, "Tệp lớn hơn 20 MB");
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        SourceText.Extracted text = SourceText.of(bytes);
        return draft(text.kind().name(), text.text());
    }

    @POST
    @Path("text")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftPlanFromText", summary = "Read a plan's pasted text into a draft (nothing is saved)",
            description = "Coordinators (or ADMIN) paste a plan's text (a Kế hoạch as published); the server reads its number, date, title, legal bases, "
                    + "sections, tasks, events and quotas, matches organisation names of the deployment, and answers a draft with warnings and where each"
                    + " field was found. Nothing is saved: the SPA shows it for review and creates the plan with POST /api/plan-imports. 413 for an "
                    + "oversized text.")
    public Draft fromText(@Valid @NotNull TextInput in) {
        return draft("TEXT", in.text());
    }

    Draft draft(String kind, String text) {
        return service.draft(kind, text);
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmPlanImport", summary = "Create the plan as confirmed, with the organisations it proposes, its tasks, events, quotas, campaign and targets, in one transaction",
            description = "Takes the draft back as the importer gave it (edited or not): one schema for both. The same rules as creating each piece alone; "
                    + "any refusal refuses the whole, its fields named where they are in the draft. With Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Result.class)))
    public Response confirm(@HeaderParam(Idempotency.HEADER) @Parameter(description = "unique per import you mean once") String key, @Valid @NotNull Draft in) {
        return service.confirm(key, in, result -> Response.created(URI.create("/api/plans/" + result.planId())).entity(result).build());
    }
}
