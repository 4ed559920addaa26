package nl.doorbraak.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;

/** Strict JSON reading for request bodies: duplicate keys are refused, trailing content is refused. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses a request body.
     *
     * @throws ValidationException with {@link Messages#NOT_JSON} at the empty path when it is no valid JSON
     */
    public static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new ValidationException(List.of(new Problem("", Messages.BODY_NOT_OBJECT)));
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ValidationException(List.of(new Problem("", Messages.NOT_JSON)));
        }
    }
}
