package vn.safeonline.event;

/** In person, a live relay from elsewhere (tiếp sóng), online, or both. */
public enum EventFormat {
    IN_PERSON, LIVE_RELAY, ONLINE, HYBRID
}
