package io.github.seatablespring.test;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Resets the emulated bases after each test method of a class annotated with
 * {@code @EmbeddedSeaTable(resetAfterEachTest = true)}.
 */
class EmbeddedSeaTableResetListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		// after the test method, before Spring's own listeners may close a dirty context
		return LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		EmbeddedSeaTable annotation = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(),
				EmbeddedSeaTable.class);
		if (annotation == null || !annotation.resetAfterEachTest() || !testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBean(EmbeddedSeaTableContextCustomizer.STATE_BEAN, EmbeddedSeaTableContextCustomizer.State.class)
			.reset(context);
	}

}
