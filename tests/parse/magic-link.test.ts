// ISBN/RFC/PMID magic links (Parser::handleMagicLinks), made only where the site enables them
// ($wgEnableMagicLinks; bnwiki: none): `ISBN 978-0-306-40615-7` → magicLink kind ISBN, id 9780306406157.
import { describe, expect, test } from 'vitest';
import { createSite } from '../../src/index.js';
import { all, expectPositions, p } from '../helpers.js';

const site = createSite({ magicLinks: ['ISBN', 'PMID', 'RFC'] });

describe('magicLink', () => {
  test.each([
    ['দেখুন ISBN 978-0-306-40615-7।', 'ISBN', '9780306406157', 'ISBN 978-0-306-40615-7'],
    ['ISBN 0-306-40615-x', 'ISBN', '030640615X', 'ISBN 0-306-40615-x'],
    ['RFC 822', 'RFC', '822', 'RFC 822'],
    ['RFC &nbsp;&#160; 822', 'RFC', '822', 'RFC &nbsp;&#160; 822'],
    ['PMID 1234 পড়ুন', 'PMID', '1234', 'PMID 1234'],
  ])('%j → %s %s', (input, kind, id, value) => {
    const root = p(input, { site });
    expect(all(root, 'magicLink')).toMatchObject([{ kind, id, value }]);
    expectPositions(root, input);
  });

  test.each(['ISBN    ', 'ISBN  foo', 'RFC\n822', 'xRFC 822', 'RFC 822x', 'ISBN 123'])(
    '%j holds no magic link',
    (input) => {
      expect(all(p(input, { site }), 'magicLink')).toHaveLength(0);
    },
  );

  test('the default site (bnwiki) makes none', () => {
    expect(all(p('ISBN 978-0-306-40615-7, RFC 822'), 'magicLink')).toHaveLength(0);
  });
});
