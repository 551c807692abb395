package vn.safeonline.checkin;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Scopes;

@Path("/api/events/{eventId}/door-list")
@Tag(name = "Check-in")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DoorResource {
    @Inject
    DoorService door;

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.CHECKIN_WRITE)
    @Operation(operationId = "getDoorList", summary = "The list a door takes offline: every admissible delegate of the event",
            description = "Names (and the name folded for search), organisation, category, seat, the short code and the SHA-256 of the "
                    + "QR's content, and whether and where each has come in — never a phone, e-mail, guardian, school or circumstance. "
                    + "Every venue's delegates are in it, so a door can say \"seated at …\". Delete it after wipeAfter. Refresh it "
                    + "with If-None-Match (304 when nothing changed). Open to those who may run the event's door; 422 for a venue of "
                    + "another event.")
    public DoorDtos.DoorList get(@PathParam("eventId") long eventId,
                                 @QueryParam("venueId") @Parameter(description = "the door's venue (echoed)", example = "3") Long venueId) {
        return door.doorList(eventId, venueId);
    }
}
