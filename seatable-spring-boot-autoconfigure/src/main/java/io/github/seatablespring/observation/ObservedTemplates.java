package io.github.seatablespring.observation;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.RowQuery;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.core.NativeDetector;

/**
 * Makes every call of a template one {@code seatable.operation} observation. The
 * observation is put into the Reactor context of the call, so that the HTTP requests it
 * causes (three for an append of 2,500 rows) are its children; its parent is the
 * observation of the subscriber's context or, for blocking callers, the thread's current
 * one. Area operations such as {@code views().create(...)} are observed as
 * {@code views.create}.
 *
 * <p>
 * One decorator for every operation, present and future, instead of code in each method:
 * the template is proxied, and calls the template makes on itself are not observed twice.
 */
public final class ObservedTemplates {

	private static final DefaultSeaTableOperationObservationConvention DEFAULT_CONVENTION = new DefaultSeaTableOperationObservationConvention();

	private static final String CORE_PACKAGE = ReactiveSeaTableTemplate.class.getPackageName();

	private ObservedTemplates() {
	}

	/**
	 * The template, observed; the template itself when the registry is a no-op (nothing
	 * is recorded, so nothing is paid) or in a native image (which cannot create class
	 * proxies at run time; the HTTP observations remain).
	 * @param template the base's template
	 * @param baseName the configured base name
	 * @param registry the registry to observe with
	 * @param convention a custom convention, or {@code null} for the default one
	 * @return the observed template
	 */
	public static ReactiveSeaTableTemplate observe(ReactiveSeaTableTemplate template, String baseName,
			ObservationRegistry registry, @Nullable SeaTableOperationObservationConvention convention) {
		if (registry.isNoop() || NativeDetector.inNativeImage()) {
			return template;
		}
		ProxyFactory proxy = new ProxyFactory(template);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice(new OperationInterceptor(baseName, "", registry, convention));
		return (ReactiveSeaTableTemplate) proxy.getProxy(ReactiveSeaTableTemplate.class.getClassLoader());
	}

	/**
	 * A started observation, stopped once: when the call terminates, before its
	 * subscriber sees the result (so a blocking caller finds it recorded), or when the
	 * subscriber cancels.
	 */
	private static final class Running {

		private final Observation observation;

		private final AtomicBoolean stopped = new AtomicBoolean();

		Running(Observation observation) {
			this.observation = observation;
		}

		void error(Throwable ex) {
			this.observation.error(ex);
		}

		void stop() {
			if (this.stopped.compareAndSet(false, true)) {
				this.observation.stop();
			}
		}

	}

	private static final class OperationInterceptor implements MethodInterceptor {

		private final String baseName;

		private final String prefix;

		private final ObservationRegistry registry;

		private final @Nullable SeaTableOperationObservationConvention convention;

		private final Map<String, Object> areas = new ConcurrentHashMap<>();

		OperationInterceptor(String baseName, String prefix, ObservationRegistry registry,
				@Nullable SeaTableOperationObservationConvention convention) {
			this.baseName = baseName;
			this.prefix = prefix;
			this.registry = registry;
			this.convention = convention;
		}

		@Override
		public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
			Method method = invocation.getMethod();
			Class<?> type = method.getReturnType();
			if (type != Mono.class && type != Flux.class) {
				Object result = invocation.proceed();
				return isArea(type, result) ? area(method, type, result) : result;
			}
			// called now, so that a bad argument still fails the call itself
			Object publisher = invocation.proceed();
			if (publisher == null) {
				return null;
			}
			String operation = this.prefix + method.getName();
			String table = table(method, invocation.getArguments());
			if (publisher instanceof Mono<?> mono) {
				return Mono.deferContextual((context) -> {
					Running running = start(context, operation, table);
					return mono.doOnError(running::error)
						.doOnTerminate(running::stop)
						.doOnCancel(running::stop)
						.contextWrite((inner) -> inner.put(ObservationThreadLocalAccessor.KEY, running.observation));
				});
			}
			Flux<?> flux = (Flux<?>) publisher;
			return Flux.deferContextual((context) -> {
				Running running = start(context, operation, table);
				return flux.doOnError(running::error)
					.doOnTerminate(running::stop)
					.doOnCancel(running::stop)
					.contextWrite((inner) -> inner.put(ObservationThreadLocalAccessor.KEY, running.observation));
			});
		}

		private Running start(ContextView context, String operation, @Nullable String table) {
			Observation parent = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
			if (parent == null) {
				parent = this.registry.getCurrentObservation();
			}
			return new Running(Observation
				.createNotStarted(this.convention, DEFAULT_CONVENTION,
						() -> new SeaTableOperationContext(this.baseName, operation, table), this.registry)
				.parentObservation(parent)
				.start());
		}

		/**
		 * The table a call names: a {@code table} argument, a query's table, or the name
		 * given to {@code tables()}.
		 */
		private @Nullable String table(Method method, @Nullable Object[] arguments) {
			Parameter[] parameters = method.getParameters();
			for (int i = 0; i < parameters.length && i < arguments.length; i++) {
				Object argument = arguments[i];
				if (argument instanceof RowQuery query) {
					return query.getTable();
				}
				String name = parameters[i].getName();
				if (argument instanceof String text
						&& ("table".equals(name) || ("tables.".equals(this.prefix) && "name".equals(name)))) {
					return text;
				}
			}
			return null;
		}

		private static boolean isArea(Class<?> type, @Nullable Object result) {
			return result != null && type.isInterface() && type.getPackageName().equals(CORE_PACKAGE)
					&& type.getSimpleName().endsWith("Operations");
		}

		private Object area(Method accessor, Class<?> type, Object target) {
			return this.areas.computeIfAbsent(accessor.getName(), (name) -> {
				ProxyFactory proxy = new ProxyFactory(target);
				proxy.setInterfaces(type);
				proxy.addAdvice(new OperationInterceptor(this.baseName, name + ".", this.registry, this.convention));
				return proxy.getProxy(type.getClassLoader());
			});
		}

	}

}
