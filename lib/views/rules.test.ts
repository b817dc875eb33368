import { describe, expect, it } from "vitest";
import { isBot } from "./rules";

const readers = {
  "Chrome on a desktop": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
  "Chrome on a Pixel": "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36",
  "Safari on an iPhone": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
  "Telegram's in-app browser": "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36 Telegram-Android/11.5.3 (Samsung SM-A546B; Android 14; SDK 34; AVERAGE)",
  "a Cubot phone": "Mozilla/5.0 (Linux; Android 12; CUBOT KINGKONG 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36",
  "Firefox": "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",
};

const bots = {
  Googlebot: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
  bingbot: "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
  "Telegram's link previewer": "TelegramBot (like TwitterBot)",
  "Facebook's unfurler": "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
  "WhatsApp's previewer": "WhatsApp/2.23.20.0",
  curl: "curl/8.5.0",
  "no user agent": "",
};

describe("who counts as a reader", () => {
  for (const [who, agent] of Object.entries(readers)) it(`counts ${who}`, () => expect(isBot(agent)).toBe(false));
  for (const [who, agent] of Object.entries(bots)) it(`does not count ${who}`, () => expect(isBot(agent)).toBe(true));
});
