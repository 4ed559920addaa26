package nl.doorbraak.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Browser test classes carry this: on a machine without Chromium and chromedriver they are skipped, and the build
 * says so in one line (once, not per class).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsChromium.Condition.class)
public @interface NeedsChromium {

    final class Condition implements ExecutionCondition {
        private static final AtomicBoolean TOLD = new AtomicBoolean();
        // Selenium warns on every start that it has no CDP bindings for this exact Chromium; the tests use none.
        private static final Logger SELENIUM_DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

        static {
            SELENIUM_DEVTOOLS.setLevel(Level.SEVERE);
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String missing = Browser.missing();
            if (missing == null) return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
            String line = "browser tests skipped: " + missing;
            if (TOLD.compareAndSet(false, true)) System.out.println(line);
            return ConditionEvaluationResult.disabled(line);
        }
    }
}
