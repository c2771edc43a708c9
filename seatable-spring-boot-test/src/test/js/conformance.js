// SeaTable's official JavaScript SDK (npm seatable-api) against the standalone emulator.
// Usage: SERVER=http://127.0.0.1:8080 API_TOKEN=... READ_ONLY_TOKEN=... node conformance.js
// Exits 0 with "conformance: N checks passed", or 1 naming the check that failed.
'use strict';

const assert = require('node:assert/strict');
const { Base } = require('seatable-api');

const server = process.env.SERVER;
const apiToken = process.env.API_TOKEN;
const readOnlyToken = process.env.READ_ONLY_TOKEN;

let checks = 0;

async function check(name, body) {
  try {
    await body();
    checks++;
  } catch (error) {
    const answer = error && error.response ? ` (HTTP ${error.response.status} ${JSON.stringify(error.response.data)})` : '';
    console.error(`FAILED: ${name}: ${error && error.message}${answer}`);
    process.exit(1);
  }
}

async function rejected(promise) {
  try {
    await promise;
  } catch (error) {
    return error.response ? error.response.status : -1;
  }
  return 200;
}

async function main() {
  const base = new Base({ server, APIToken: apiToken });

  await check('auth exchanges the API token for a base token of the API gateway', async () => {
    await base.auth();
    assert.ok(base.dtableUuid);
    assert.ok(base.apiGateway, 'use_api_gateway must be true');
  });

  await check('getMetadata lists the tables', async () => {
    const metadata = await base.getMetadata();
    assert.deepEqual(metadata.tables.map((table) => table.name), ['Contacts']);
    const table = await base.getTableByName('Contacts');
    assert.deepEqual(table.columns.map((column) => column.name), ['Name', 'Age', 'Born', 'Active', 'Status']);
  });

  await check('getDTable answers the base', async () => {
    const dtable = await base.getDTable();
    assert.ok(Array.isArray(dtable.tables));
  });

  await check('listRows answers the rows by column name, dates in ISO form', async () => {
    const rows = await base.listRows('Contacts');
    assert.deepEqual(rows.map((row) => row.Name), ['Ann', 'Bob']);
    assert.equal(rows[0].Age, 31);
    assert.equal(rows[0].Active, true);
    assert.equal(rows[0].Status, 'known');
    assert.equal(rows[0].Born, '1994-03-01T00:00:00+00:00');
    assert.match(rows[0]._ctime, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$/);
    assert.ok(rows[0]._creator);
  });

  await check('listRows orders by a column, ascending and descending, and pages', async () => {
    assert.deepEqual((await base.listRows('Contacts', null, 'Age', false)).map((row) => row.Name), ['Bob', 'Ann']);
    assert.deepEqual((await base.listRows('Contacts', null, 'Age', true)).map((row) => row.Name), ['Ann', 'Bob']);
    assert.deepEqual((await base.listRows('Contacts', null, 'Age', true, 1, 1)).map((row) => row.Name), ['Bob']);
  });

  let cy;
  await check('appendRow answers the new row keyed by column key', async () => {
    const row = await base.appendRow('Contacts', { Name: 'Cy', Age: 40, Born: '2020-01-05 10:30', Status: 'vip' });
    assert.match(row._id, /^[A-Za-z0-9_-]{22}$/);
    cy = row._id;
    const name = (await base.getColumnByName('Contacts', 'Name')).key;
    assert.equal(row[name], 'Cy');
  });

  await check('an unknown single-select option is created in the column', async () => {
    const status = await base.getColumnByName('Contacts', 'Status');
    assert.deepEqual(status.data.options.map((option) => option.name), ['new', 'known', 'vip']);
  });

  await check('getRow answers the row with the date normalised', async () => {
    const row = await base.getRow('Contacts', cy);
    assert.equal(row.Name, 'Cy');
    assert.equal(row.Born, '2020-01-05T10:30:00+00:00');
    assert.equal(row.Status, 'vip');
  });

  await check('batchAppendRows appends every row', async () => {
    const result = await base.batchAppendRows('Contacts', [{ Name: 'Dee', Age: 22 }, { Name: 'Eve', Age: 55, Active: 1 }]);
    assert.equal(result.inserted_row_count, 2);
    const eve = (await base.listRows('Contacts')).find((row) => row.Name === 'Eve');
    // SeaTable stores a checkbox sent as 1 as false (API_ISSUES #1)
    assert.equal(eve.Active, false);
  });

  await check('updateRow and batchUpdateRows change the rows', async () => {
    assert.equal((await base.updateRow('Contacts', cy, { Age: 41 })).success, true);
    assert.equal((await base.getRow('Contacts', cy)).Age, 41);
    const rows = await base.listRows('Contacts');
    const updates = rows.filter((row) => row.Name === 'Dee' || row.Name === 'Eve')
      .map((row) => ({ row_id: row._id, row: { Active: true } }));
    assert.equal((await base.batchUpdateRows('Contacts', updates)).success, true);
    assert.deepEqual((await base.listRows('Contacts')).filter((row) => row.Active).map((row) => row.Name), ['Ann', 'Dee', 'Eve']);
  });

  await check('query answers rows by name and select cells by option name', async () => {
    const rows = await base.query("SELECT Name, Age, Status FROM Contacts WHERE Age > 30 ORDER BY Age");
    assert.deepEqual(rows.map((row) => row.Name), ['Ann', 'Cy', 'Eve']);
    assert.equal(rows[0].Status, 'known');
    assert.equal(rows[1].Status, 'vip');
  });

  await check('SQL with parameters, to the path without a trailing slash', async () => {
    const answer = await base.apiGateway.req.post(`/api/v2/dtables/${base.dtableUuid}/sql`,
      { sql: 'SELECT Name FROM Contacts WHERE Age > ? AND Name <> ?', parameters: [20, 'Eve'], convert_keys: true });
    assert.deepEqual(answer.data.results.map((row) => row.Name), ['Ann', 'Cy', 'Dee']);
  });

  await check('deleteRow and batchDeleteRows delete', async () => {
    assert.equal((await base.deleteRow('Contacts', cy)).success, true);
    const ids = (await base.listRows('Contacts')).filter((row) => row.Name === 'Dee' || row.Name === 'Eve').map((row) => row._id);
    assert.equal((await base.batchDeleteRows('Contacts', ids)).deleted_rows, 2);
    assert.deepEqual((await base.listRows('Contacts')).map((row) => row.Name), ['Ann', 'Bob']);
  });

  await check('tables are added, renamed and deleted', async () => {
    const table = await base.addTable('Scratch', 'en', [{ column_name: 'Title', column_type: 'text' }]);
    assert.equal(table.name, 'Scratch');
    assert.equal((await base.renameTable('Scratch', 'Draft')).success, true);
    assert.equal((await base.deleteTable('Draft')).success, true);
    assert.deepEqual((await base.getTables()).map((t) => t.name), ['Contacts']);
  });

  await check('views are added, read, renamed and deleted', async () => {
    const view = await base.addView('Contacts', 'Adults');
    assert.equal(view.name, 'Adults');
    assert.equal((await base.getViewByName('Contacts', 'Adults')).name, 'Adults');
    await base.renameView('Contacts', 'Adults', 'Grown-ups');
    assert.deepEqual((await base.listViews('Contacts')).map((v) => v.name), ['Default View', 'Grown-ups']);
    assert.equal((await base.deleteView('Contacts', 'Grown-ups')).success, true);
    assert.deepEqual((await base.listViews('Contacts')).map((v) => v.name), ['Default View']);
  });

  await check('columns are inserted after an anchor, renamed, resized, frozen, moved, retyped and deleted', async () => {
    const name = await base.getColumnByName('Contacts', 'Name');
    const city = await base.insertColumn('Contacts', 'City', 'text', name.key);
    assert.deepEqual((await base.listColumns('Contacts')).map((c) => c.name), ['Name', 'City', 'Age', 'Born', 'Active', 'Status']);
    assert.equal((await base.renameColumn('Contacts', city.key, 'Town')).name, 'Town');
    assert.equal((await base.resizeColumn('Contacts', city.key, 300)).width, 300);
    await base.freezeColumn('Contacts', city.key, true);
    const status = await base.getColumnByName('Contacts', 'Status');
    await base.moveColumn('Contacts', city.key, status.key);
    assert.deepEqual((await base.listColumns('Contacts')).map((c) => c.name), ['Name', 'Age', 'Born', 'Active', 'Status', 'Town']);
    assert.equal((await base.modifyColumnType('Contacts', city.key, 'number')).type, 'number');
    assert.equal((await base.deleteColumn('Contacts', city.key)).success, true);
    assert.equal((await base.getColumnsByType('Contacts', 'number')).length, 1);
  });

  await check('select options and cascade settings are added', async () => {
    await base.insertColumn('Contacts', 'Tier', 'single-select');
    assert.equal((await base.addColumnOptions('Contacts', 'Tier', [{ name: 'gold', color: '#FFD700', textColor: '#000000' }])).success, true);
    assert.equal((await base.addColumnCascadeSettings('Contacts', 'Tier', 'Status', { known: ['gold'] })).success, true);
    const tier = await base.getColumnByName('Contacts', 'Tier');
    assert.deepEqual(tier.data.options.map((o) => o.name), ['gold']);
    assert.deepEqual(tier.data.cascade_settings, { known: ['gold'] });
  });

  await check('links are added, read, updated and removed', async () => {
    await base.addTable('Projects', 'en', [{ column_name: 'Title', column_type: 'text' }]);
    const projects = await base.batchAppendRows('Projects', [{ Title: 'Apollo' }]);
    assert.equal(projects.inserted_row_count, 1);
    const project = (await base.listRows('Projects'))[0]._id;
    const [ann, bob] = (await base.listRows('Contacts')).map((row) => row._id);
    const column = await base.insertColumn('Projects', 'Members', 'link', null, { table: 'Projects', other_table: 'Contacts' });
    const linkId = await base.getColumnLinkId('Projects', 'Members');
    assert.equal(linkId, column.data.link_id);
    assert.equal((await base.addLink(linkId, 'Projects', 'Contacts', project, ann)).success, true);
    const table = await base.getTableByName('Projects');
    const contacts = await base.getTableByName('Contacts');
    let linked = await base.getLinkedRecords(table._id, column.key, [{ row_id: project, offset: 0, limit: 10 }]);
    assert.deepEqual(linked[project].map((link) => link.display_value), ['Ann']);
    await base.updateLink(linkId, 'Projects', 'Contacts', project, [ann, bob]);
    assert.deepEqual((await base.listRows('Projects'))[0].Members.map((link) => link.display_value), ['Ann', 'Bob']);
    await base.batchUpdateLinks(linkId, table._id, contacts._id, [project], { [project]: [bob] });
    linked = await base.getLinkedRecords(table._id, column.key, [{ row_id: project }]);
    assert.deepEqual(linked[project].map((link) => link.row_id), [bob]);
    await base.removeLink(linkId, 'Projects', 'Contacts', project, bob);
    linked = await base.getLinkedRecords(table._id, column.key, [{ row_id: project }]);
    assert.deepEqual(linked[project], []);
  });

  await check('a read-only token reads and may not write', async () => {
    const readOnly = new Base({ server, APIToken: readOnlyToken });
    await readOnly.auth();
    assert.equal((await readOnly.listRows('Contacts')).length, 2);
    assert.equal((await readOnly.query('SELECT Name FROM Contacts')).length, 2);
    assert.equal(await rejected(readOnly.appendRow('Contacts', { Name: 'No' })), 403);
  });

  await check('an unknown API token is refused', async () => {
    const stranger = new Base({ server, APIToken: '0'.repeat(40) });
    assert.equal(await rejected(stranger.auth()), 403);
  });

  console.log(`conformance: ${checks} checks passed`);
}

main().catch((error) => {
  console.error(`FAILED: ${error && error.stack}`);
  process.exit(1);
});
