package vn.safeonline.report;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** How the reports are served: as a download, streamed, never cached. */
final class ReportFiles {
    private ReportFiles() {
    }

    static Response attachment(StreamingOutput body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
