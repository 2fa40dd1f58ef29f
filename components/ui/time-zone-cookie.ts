/** The cookie in which the browser reports its time zone, so server-rendered times are local. */
export const TIME_ZONE_COOKIE = "tz";
