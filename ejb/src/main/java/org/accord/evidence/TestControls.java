package org.accord.evidence;

import org.accord.common.NotFoundException;

/**
 * The switch of the test-only controls (docs/evidence.md, "Test controls"): the system tests' server runs
 * with {@code -Daccord.test-controls=true}; on any other server the controls do not exist (404).
 */
public final class TestControls {

    public static final String PROPERTY = "accord.test-controls";

    private TestControls() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    public static void require() {
        if (!enabled()) {
            throw new NotFoundException("No such resource");
        }
    }
}
