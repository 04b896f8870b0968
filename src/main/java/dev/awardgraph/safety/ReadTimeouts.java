package dev.awardgraph.safety;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives every Neo4j statement that a GraphQL query runs the query's time limit as its transaction timeout, so
 * the database itself terminates it at the limit (Neo4j 5.26 honours a client timeout above or below
 * {@code db.transaction.timeout}). SDN's {@code Neo4jClient} runs statements outside a Spring transaction as
 * auto-commit {@code Session.run} calls without a {@code TransactionConfig}; this wraps the driver's sessions to
 * add one. Only statements on a thread currently executing a query get it: start-up (schema, awaitIndexes),
 * dataset loads and mutations, in explicit transactions or not, keep the server default
 * ({@code writeTimeout} on the embedded database).
 */
@Component
class ReadTimeouts implements BeanPostProcessor {

	private static final ThreadLocal<TransactionConfig> CURRENT = new ThreadLocal<>();

	static void set(Duration timeout) {
		if (timeout == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(TransactionConfig.builder().withTimeout(timeout).withMetadata(Map.of("app", "awardgraph-query")).build());
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(Driver.class, (proxy, method, args) -> {
				Object result = invoke(method, driver, args);
				return result instanceof Session session ? session(session) : result;
			});
		}
		return bean;
	}

	private static Session session(Session session) {
		return proxy(Session.class, (proxy, method, args) -> {
			TransactionConfig config = CURRENT.get();
			if (config == null || !method.getName().equals("run") || args == null || args[args.length - 1] instanceof TransactionConfig) {
				return invoke(method, session, args);
			}
			Query query = null;
			if (args.length == 1) {
				query = args[0] instanceof Query q ? q : new Query((String) args[0]);
			}
			else if (args[1] instanceof Value value) {
				query = new Query((String) args[0], value);
			}
			else if (args[1] instanceof Record record) {
				query = new Query((String) args[0], record.asMap());
			}
			else if (args[1] instanceof Map<?, ?> map) {
				query = new Query((String) args[0], castMap(map));
			}
			return query == null ? invoke(method, session, args) : session.run(query, config);
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, InvocationHandler handler) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}
}
