package nl.doorbraak.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects validation problems; {@link #throwIfAny()} turns them into one {@link ValidationException}. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void add(String path, String message) {
        list.add(new Problem(path, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ValidationException(list);
        }
    }
}
