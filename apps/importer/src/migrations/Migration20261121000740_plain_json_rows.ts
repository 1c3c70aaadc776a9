import { Migration } from '@mikro-orm/migrations';

/**
 * The rows' cells, values, plans and a run's decisions are written in batches of thousands and only ever read back
 * whole, never queried inside: kept as `json` (the text, checked) rather than `jsonb` (converted to a binary form on
 * every write), which halves the cost of writing a batch of decisions.
 */
export class Migration20261121000740_plain_json_rows extends Migration {
  override async up(): Promise<void> {
    this.change('json');
  }

  override async down(): Promise<void> {
    this.change('jsonb');
  }

  private change(type: 'json' | 'jsonb'): void {
    const s = `"${this.config.get('schema')}"`;
    const to = (column: string) => `alter column "${column}" type ${type} using "${column}"::${type}`;
    this.addSql(`alter table ${s}."import_row" ${to('cells')}, ${to('values')}, ${to('plan_changes')};`);
    this.addSql(`alter table ${s}."import_run_row" ${to('changes')}, ${to('apply')};`);
  }
}
