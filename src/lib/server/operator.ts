// Who runs this copy of the wizard: given when the site is built, as OPERATOR_NAME and OPERATOR_CONTACT (an e-mail
// address or an https:// address). Nothing is made up: without them, the privacy page and the accessibility
// statement say that no operator is given and how to give one (and the build warns).
export interface Operator {
	name: string;
	contact?: { href: string; text: string };
}

export function operatorFrom(env: Record<string, string | undefined>): Operator | undefined {
	const name = env.OPERATOR_NAME?.trim();
	const contact = env.OPERATOR_CONTACT?.trim();
	if (!name) {
		if (contact) throw new Error('OPERATOR_CONTACT is set, but OPERATOR_NAME is not: give the name of who runs the site too.');
		return undefined;
	}
	if (!contact) return { name };
	if (/^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i.test(contact)) return { name, contact: { href: `mailto:${contact}`, text: contact } };
	if (/^https:\/\/[^\s"<>]+$/.test(contact) && URL.canParse(contact)) return { name, contact: { href: contact, text: contact } };
	throw new Error(`OPERATOR_CONTACT must be an e-mail address or an https:// address, not "${contact}".`);
}

/** This build's operator. */
export const operator = operatorFrom(process.env);
