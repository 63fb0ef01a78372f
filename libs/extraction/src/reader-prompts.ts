// Prompts aimed at the reader rather than news: cookie banners, newsletter and sign-up prompts, share rows,
// comment links, the page's notes about itself. Read on whole lines by the cleaning (clean.ts) and on sentences
// by the candidate test (candidates.ts), since such prompts can sit inside a paragraph.
import { SHARE_FILLER, SOCIAL_WORDS } from './lexicon';

// Prompts that open with an imperative aimed at the reader ("Please turn on JavaScript …", "You can reach the
// team on WhatsApp"). Anchored, so prose fails on its first word.
const CTA_START =
  /^(?:(?:click|tap|swipe|scroll) (?:here|to|below|for)\b|(?:follow|join|like) us\b|download (?:the|our) app\b|(?:get|receive) (?:the|our|all the) (?:latest|best|top)\b|(?:support|donate to) (?:our|independent) journalism\b|for (?:more|further) (?:information|details|updates)\b|(?:contact|email|call|write to) (?:us|the press office|our newsroom)\b|(?:leave|post|add|view|show|read) (?:a |all |the )?comments?\b|have your say\b|tell us (?:what you think|your views)\b|please\b|you can (?:reach|contact|email|message|write to|get in touch with|follow|send)\b)/i;
// Prompts that can sit anywhere in a line; each needs one of these stems, so one scan rules most prose out.
const CTA_HINT = /cookie|newsletter|inbox|subscri|sign[ -]?up|log[ -]?in|regist|enter your e-?mail|(?:share|print|comment on|email|save|bookmark) (?:this|the) (?:article|story|page|post)|comments? (?:are|is) (?:closed|open|moderated)|this (?:article|story|page|content) (?:is|was) (?:only )?(?:available|for subscribers)|^this (?:article|story|page|post) (?:was|has been) (?:updated|amended|corrected|changed)/i;

// The writer on the page itself: an editing note, a live blog opening or closing, a pointer to another report,
// the live blog's host ("I'm Hannah Price, and I'll be bringing you …", "We'll bring you more as we get it"),
// a signpost to what the page holds ("Here is what changes, …").
const PAGE_NOTE =
  /^(?:(?:(?:this|the) (?:interview|conversation|transcript|q&a)(?: has been| was| is)? (?:edited|condensed|lightly edited)\b)|(?:(?:we(?:'re|’re| are)|we(?:'ll|’ll| will) be) (?:closing|pausing|ending|wrapping up|starting|launching|running)\b.{0,40}\b(?:live ?blog|blog|coverage|live updates)\b)|(?:(?:our|the) (?:full|latest|main) (?:report|story|coverage|analysis)\b.{0,60}\b(?:is|are|can be found) (?:here|below|above)\b)|(?:(?:he|she|they) (?:spoke|talked) to (?:our|this) (?:[\w-]+ ){0,3}(?:correspondent|reporter|editor|newspaper|programme|podcast)\b)|(?:(?:i(?:'m|’m| am) [^,.]{1,40},? and )?(?:i|we)(?:'ll|’ll| will)(?: be)? (?:bring|keep|take|updat|guid)\w* you\b)|(?:here(?:'s|’s| is| are) (?:what|how|why|everything|all)\b[^:]{0,30}\b(?:know|changes?|happens?|happened|means?|to expect|next)\b[^:]*$))/i;

/**
 * Calls to action aimed at the reader: cookie banners, newsletter prompts, share
 * and comment links. Also used on sentences, since such prompts can sit inside a
 * paragraph.
 */
export function isCallToAction(text: string): boolean {
  const t = text.trim();
  if (CTA_START.test(t) || PAGE_NOTE.test(t)) return true;
  const hint = CTA_HINT.exec(t);
  if (hint === null) return false;
  const stem = hint[0].toLowerCase();
  if (stem.startsWith('this ') && /^this (article|story|page|post) (was|has been) (updated|amended|corrected|changed)/i.test(t)) return true;
  if (stem.startsWith('cookie')) return /\b(we use|use of|accept|consent|agree|brows|settings|privacy|personalis|personaliz|preferences)/i.test(t);
  if (/^(newsletter|inbox|subscri|sign|log|regist)/.test(stem)) {
    return /\b(newsletters?|inbox|subscribe|subscription|sign[ -]?up|log[ -]?in|register)\b/i.test(t) && /\b(you|your|our|free|now|today|here|daily|weekly|every)\b/i.test(t);
  }
  return true;
}

// Some network's name (or a share widget) must be in the row: one scan rules headlines out.
const SOCIAL_HINT = /facebook|twitter|link|whatsapp|telegram|viber|messenger|reddit|pinterest|tumblr|instagram|youtube|tiktok|threads|bluesky|mastodon|vk|weibo|wechat|flipboard|pocket|mail|sms|print|copy|rss|snapchat|skype|discord|signal|xing|\bx\b|\bline\b/i;

/** A row of share buttons: "Facebook Twitter LinkedIn", "Share on X | Email". */
export function isSocialRow(text: string): boolean {
  if (!SOCIAL_HINT.test(text)) return false;
  const words = text.toLowerCase().split(/[\s|·•/,]+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 16) return false;
  let social = 0;
  let filler = 0;
  for (const w of words) {
    const bare = w.replace(/[^\p{L}\d-]/gu, '');
    if (SOCIAL_WORDS.has(bare) || /^link\w{0,3}in$/.test(bare)) social++;
    else if (SHARE_FILLER.has(w) || SHARE_FILLER.has(bare) || bare.length === 0) filler++;
  }
  return social > 0 && (social + filler === words.length || social / words.length >= 0.5);
}
