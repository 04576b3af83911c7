package io.switchboard.routing.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/** Attribute changes of the matching triggers, later triggers winning; null or empty means no change. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Changes(Results.Priority priority, UUID processingTypeId, List<String> addTags, Boolean complete) {

    public static final Changes NONE = new Changes(null, null, List.of(), null);

    public Changes {
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return priority == null && processingTypeId == null && addTags.isEmpty() && complete == null;
    }
}
