import abusiveJson from '../../fixtures/corpus/round10-abusive.json';
import lawfulJson from '../../fixtures/corpus/round10-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 10 (blind, 2026-12-06) was written by a fourth author without reading the rule pack, the matcher, the
 * classifier or any corpus file but the first lines of one (for the JSON shape), from regulations.md and anchors.md
 * and collection messages quoted on public pages (news, complaint sites, regulator notices; 133 of the violating and
 * 58 of the lawful messages are modelled on a quoted message, anonymised; the page is in each note): 259 violating
 * messages (at least 44 expecting each class) and 158 lawful ones, many of them anti-fraud notices and accurate legal
 * information. It was measured once on the pack at the start of the session (commit b4a6f29) — the FIRST PASS, in
 * tests/fixtures/corpus/README.md ("Round 10"). The pack was then TUNED on this round by cause (shared guards for
 * reported conduct, stated law and quoted mentions; rules by meaning class), so these figures are no longer a blind
 * estimate and the round is held to the tuned floors: recall ≥ 98%, lawful blocked ≤ 1%, and an error of its own
 * class for ≥ 95% of the messages of each of the six classes.
 */
describeSixClassRound({
  round: 10,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
  floors: { recall: 0.98, falseBlocks: 0.01, classRecall: 0.95 },
});
