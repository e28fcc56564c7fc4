import abusiveJson from '../../fixtures/corpus/round11-abusive.json';
import lawfulJson from '../../fixtures/corpus/round11-lawful.json';
import type { CorpusEntry } from './measure';
import { describeSixClassRound } from './class-signals';

/**
 * Round 11 (blind, 2026-12-06) was written by a fifth author without reading the rule pack, the matcher, the
 * classifier, round 10 or any corpus file but the first lines of one (for the JSON shape), from regulations.md (whose
 * printed part included some of its catalogue's phrases) and collection messages, court and police reports and lenders'
 * notices quoted on public pages (114 of the violating and 56 of the lawful messages modelled on one, anonymised),
 * varied with bank and agency letters, dialect (粤语, 四川话, 东北话), homophone typos, English mixed in: 278 violating
 * messages (at least 42 expecting each class) and 170 lawful ones. It was measured on the pack before (b4a6f29) and
 * after (58b523f) the round-10 tuning, both times unseen — the FIRST PASS of the tuned pack, in
 * tests/fixtures/corpus/README.md ("Round 11"). The pack was then TUNED on this round by general cause only (scam
 * warnings that describe scam behaviour without quoting it, voluntary pre-litigation mediation, denials of private
 * receipts, call-backs through a relative; veiled following, new-media exposure, homophone forms of legal words,
 * dialect insults and visits), so these figures are no longer a blind estimate and the round is held to the tuned
 * floors: recall ≥ 98%, lawful blocked ≤ 6% (the 9 left are anti-fraud notices signed 【公安…】/【…法院…】/【反诈中心】/
 * 【金融监管提示】, an authority signature that is impersonation in a lender's template), and an error of its own class
 * for ≥ 84% of the messages of each of the six classes.
 */
describeSixClassRound({
  round: 11,
  abusive: abusiveJson as CorpusEntry[],
  lawful: lawfulJson as CorpusEntry[],
  floors: { recall: 0.98, falseBlocks: 0.06, classRecall: 0.84 },
});
