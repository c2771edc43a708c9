-- Holds every permit of a base until a time (ms since the epoch), unless a later hold exists.
-- KEYS: the hold key. ARGV: seconds from Redis's clock until the hold ends.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local untilMs = now + math.floor(tonumber(ARGV[1]) * 1000)
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilMs > current then
  redis.call('SET', KEYS[1], untilMs, 'PX', untilMs - now)
end
return untilMs
