import { Chrono, en } from 'chrono-node';
const GBs = new Chrono(en.configuration.createConfiguration(true, true));
for (const p of [en.GB, GBs, en.casual]) console.log(p.parse('Thursday, April 21 at 5:00 PM', { instant: new Date('2022-03-19T20:41:24Z'), timezone: 600 }, { forwardDate: true }).map(r => `${JSON.stringify(r.text)} ${r.start.date().toISOString()} ${r.start.getCertainComponents()}`));
