import type { Finding } from '../../core/model';

/** What the editor component lets others do with it. */
export interface EditorHandle {
  /** Selects source offsets [start, end) and scrolls them into view. */
  select(start: number, end: number): void;
  /** Applies edits as one undoable step (offsets into the current text). */
  apply(edits: { start: number; end: number; text: string }[]): void;
}

/** A highlighted span of one sample's rendered text. */
export interface ActiveHit {
  sampleId: string;
  start: number;
  end: number;
}

/**
 * What fills the main area: the editor, the versions and review of the selected template, a printable report, the
 * rule catalog (the organisation's rule pack), the batch check of many messages, or the send dry-run.
 */
export type Mode = 'edit' | 'versions' | 'report' | 'rules' | 'batch' | 'dry-run';
/** The dialog on top, if any. */
export type Dialog = 'settings' | 'version' | 'backup' | 'samples';

/** Transient view state shared between panes: selected sample, the finding in focus, the editor selection. */
export class ViewState {
  mode = $state<Mode>('edit');
  dialog = $state<Dialog | undefined>(undefined);
  /** the version shown in the versions pane and in the report */
  versionId = $state<string | undefined>(undefined);
  sampleId = $state<string | undefined>(undefined);
  activeHit = $state.raw<ActiveHit | undefined>(undefined);
  activeFinding = $state.raw<Finding | undefined>(undefined);
  selectionText = $state('');
  cursor = $state.raw({ line: 1, column: 1 });
  editor = $state.raw<EditorHandle | undefined>(undefined);
  /** the rule open in the rule catalog */
  ruleId = $state<string | undefined>(undefined);
  /**
   * true once the start is over: the editor is created and drawn (or it took too long). What the editor's start does
   * not need (the results panes, the store on a first visit, the editor's markers) loads then.
   */
  started = $state(false);
  private markStarted: () => void = () => undefined;
  /** Resolves when `started` turns true. */
  readonly whenStarted = new Promise<void>((resolve) => (this.markStarted = resolve));

  /** Ends the start (see `started`); later calls change nothing. */
  endStart(): void {
    this.started = true;
    this.markStarted();
  }

  /** Opens the rule catalog at one rule (e.g. from a finding: `view.openRule(finding.ruleId)`). */
  openRule(ruleId?: string): void {
    if (ruleId !== undefined) this.ruleId = ruleId;
    this.mode = 'rules';
  }

  /** Shows where a finding is: its source range in the editor, or its hit in the sample bubble. */
  locate(finding: Finding, sourceRange: { start: number; end: number } | undefined): void {
    this.activeFinding = finding;
    const { sampleId, start, end } = finding;
    this.activeHit =
      finding.target === 'output' && sampleId !== undefined && start !== undefined && end !== undefined
        ? { sampleId, start, end }
        : undefined;
    if (this.activeHit) this.sampleId = this.activeHit.sampleId;
    if (sourceRange) this.editor?.select(sourceRange.start, sourceRange.end);
  }
}
