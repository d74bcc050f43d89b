import { describe, expect, it } from 'vitest';
import { CA_MARKERS, pickCaMarkers } from '../../../src/core/recognise/ca-markers';
import { recognise } from '../../../src/core/recognise';
import { emptySnapshot } from '../../../src/core/snapshot';

describe("picking the CA markers out of a page's script and plug-in names (background)", () => {
  it('keeps every listed marker, in any case, and drops the names of ordinary scripts and plug-ins', () => {
    for (const m of CA_MARKERS) {
      const name =
        m.type === 'script' ? `script:Lib-${m.value.toUpperCase()}.min.js` : `${m.type}:${m.value.toLowerCase()}`;
      const sent = m.type === 'clsid' ? `clsid:${m.value}` : name;
      expect(pickCaMarkers(['script:app.js', sent, 'mime:application/x-shockwave-flash']), m.value).toEqual([sent]);
    }
    expect(pickCaMarkers(['script:jquery.min.js', 'clsid:D27CDB6E-AE6D-11CF-96B8-444553540000'])).toEqual([]);
  });

  it('keeps a marker once, at most twenty, in the order of the page', () => {
    const names = ['script:XTXSAB.js', 'script:XTXSAB.js', 'mime:application/x-xtx-axhost'];
    expect(pickCaMarkers(names)).toEqual(['script:XTXSAB.js', 'mime:application/x-xtx-axhost']);
    const many = Array.from({ length: 60 }, (_, i) => `script:xtxsab-${i}.js`);
    expect(pickCaMarkers(many)).toEqual(many.slice(0, 20));
  });

  it("masks an identifier in a kept file name, and keeps the vendor's own name where masking would hide it", () => {
    expect(pickCaMarkers(['script:xtxsab_110105194910010015.js'])).toEqual(['script:xtxsab_1101**********0015.js']);
    expect(pickCaMarkers(['script:XTXSAB20231234567.js'])).toEqual(['script:xtxsab']);
    // a file name is kept to 60 characters; a marker further in is kept by its own name
    expect(pickCaMarkers([`script:${'a'.repeat(70)}-netcapki.js`])).toEqual(['script:netcapki']);
    expect(pickCaMarkers([`script:xtxapp-${'b'.repeat(80)}.js`])[0]).toHaveLength('script:'.length + 60);
  });

  it('recognises a certificate login from a marker among the names, and none from ordinary scripts', () => {
    const page = (caMarkers: string[]) => ({ ...emptySnapshot('https://yzt.beijing.gov.cn/'), caMarkers });
    const login = { buttons: ['登录'], text: '一证通登录' };
    expect(recognise({ ...page(['script:app.js', 'script:XTXSAB.js']), ...login }).modes).toContain('ca');
    expect(recognise({ ...page(['script:app.js', 'script:vue.js']), ...login }).modes).not.toContain('ca');
  });
});
