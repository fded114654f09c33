package fflab.util;

import com.fasterxml.jackson.annotation.JsonValue;

/** An {@link EnumId} that JSON files also spell by its id (other enums keep Jackson's constant names there). */
public interface JsonEnumId extends EnumId {

    @JsonValue
    @Override
    default String id() {
        return EnumId.super.id();
    }
}
