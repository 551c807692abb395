package vn.safeonline.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The same answer is the same bytes on every replica: a map's entries are written by key (Map.of's iteration order is
 * drawn at each JVM's start), so that an ETag (ConditionalGet: a digest of the body) made by one replica is recognised
 * by the other and after a restart.
 */
@Singleton
public class JsonOrder implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }
}
