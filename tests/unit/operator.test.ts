// Who runs the site comes from the build's environment, never from a guess.
import { describe, expect, it } from 'vitest';
import { operatorFrom } from '../../src/lib/server/operator';

describe('operatorFrom', () => {
	it('gives none when none is given', () => {
		expect(operatorFrom({})).toBeUndefined();
		expect(operatorFrom({ OPERATOR_NAME: '  ' })).toBeUndefined();
	});

	it('takes a name, with an e-mail address or an https address to contact', () => {
		expect(operatorFrom({ OPERATOR_NAME: 'Heim kommune' })).toEqual({ name: 'Heim kommune' });
		expect(operatorFrom({ OPERATOR_NAME: 'Heim kommune', OPERATOR_CONTACT: 'post@heim.kommune.no' })).toEqual({
			name: 'Heim kommune',
			contact: { href: 'mailto:post@heim.kommune.no', text: 'post@heim.kommune.no' }
		});
		expect(operatorFrom({ OPERATOR_NAME: 'Heim kommune', OPERATOR_CONTACT: 'https://heim.kommune.no/kontakt' })?.contact).toEqual({
			href: 'https://heim.kommune.no/kontakt',
			text: 'https://heim.kommune.no/kontakt'
		});
	});

	it('refuses a contact without a name, and a contact that is neither', () => {
		expect(() => operatorFrom({ OPERATOR_CONTACT: 'post@heim.kommune.no' })).toThrow(/OPERATOR_NAME/);
		for (const bad of ['javascript:alert(1)', 'http://heim.kommune.no', '12 34 56 78', 'post@heim'])
			expect(() => operatorFrom({ OPERATOR_NAME: 'Heim kommune', OPERATOR_CONTACT: bad }), bad).toThrow(/OPERATOR_CONTACT/);
	});
});
