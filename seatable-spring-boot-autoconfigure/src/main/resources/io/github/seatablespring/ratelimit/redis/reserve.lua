-- Reserves one permit in every window of a base at once, by Redis's own clock.
-- KEYS: one sorted set per window (member: permit id, score: send time in ms), then the hold key.
-- ARGV: max wait (ms), permit id, then per window: length with safety margin (ms), limit, fail-fast (1/0).
-- Returns {granted (1/0), send time or next free time (ms), refusing window (1-based, 0 if none), now (ms),
--          then per window: permits free now}.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local maxWait = tonumber(ARGV[1])
local windows = #KEYS - 1
local sendAt = math.max(now, tonumber(redis.call('GET', KEYS[windows + 1]) or '0'))
local freeAt = {}
local free = {}
for i = 1, windows do
  local length = tonumber(ARGV[3 * i])
  local limit = tonumber(ARGV[3 * i + 1])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - length)
  local count = redis.call('ZCARD', KEYS[i])
  freeAt[i] = 0
  if count >= limit then
    -- the limit-th newest permit: when it leaves the window, one more fits
    local oldest = redis.call('ZRANGE', KEYS[i], count - limit, count - limit, 'WITHSCORES')
    freeAt[i] = tonumber(oldest[2]) + length
  end
  free[i] = math.max(0, limit - count)
  -- permits are recorded in send order, so a new one never goes before the newest
  local newest = redis.call('ZRANGE', KEYS[i], -1, -1, 'WITHSCORES')
  if newest[2] then
    sendAt = math.max(sendAt, tonumber(newest[2]))
  end
  if ARGV[3 * i + 2] == '0' then
    sendAt = math.max(sendAt, freeAt[i])
  end
end
local answer = {0, 0, 0, now}
for i = 1, windows do
  answer[4 + i] = free[i]
end
for i = 1, windows do
  if ARGV[3 * i + 2] == '1' and freeAt[i] > sendAt then
    answer[2] = freeAt[i]
    answer[3] = i
    return answer
  end
end
if sendAt - now > maxWait then
  answer[2] = sendAt
  answer[3] = 1
  for i = 1, windows do
    if freeAt[i] == sendAt then
      answer[3] = i
      break
    end
  end
  return answer
end
for i = 1, windows do
  redis.call('ZADD', KEYS[i], sendAt, ARGV[2])
  -- a window's key lives as long as its newest permit counts
  redis.call('PEXPIRE', KEYS[i], sendAt - now + tonumber(ARGV[3 * i]))
end
answer[1] = 1
answer[2] = sendAt
return answer
