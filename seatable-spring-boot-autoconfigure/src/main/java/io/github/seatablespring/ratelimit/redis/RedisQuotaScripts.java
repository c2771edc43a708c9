package io.github.seatablespring.ratelimit.redis;

import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The quota's Lua scripts, loaded once (Redis runs them by their SHA after the first
 * call).
 */
final class RedisQuotaScripts {

	@SuppressWarnings("rawtypes")
	final RedisScript<List> reserve = RedisScript.of(new ClassPathResource("reserve.lua", getClass()), List.class);

	final RedisScript<Long> hold = RedisScript.of(new ClassPathResource("hold.lua", getClass()), Long.class);

}
