/**
 * Function words that say nothing about what a runbook is for. Deliberately short: words that change the
 * meaning of an alert ("not", "no", "out", "up", "down", "less", "more", "high", "low", "failed") and
 * quantifiers ("any", "some", "all", "each", "only") are kept, because they separate alerts such as
 * "pod not ready" from "pod ready", or "errors sending to any" from "to some".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have having he her his ' +
    'how i if in into is it its itself me my of on or our ours she should so such than that the their them ' +
    'then there these they this those through to too us was we were what when where which while who whom ' +
    'why will with would you your yours also may might must shall very just own ' +
    'about after again before between during further here once until'
  ).split(' '),
);
