// The localized shapes that pages receive.
import type { Localized } from '$lib/flow/localize';
import type { Contact, Deadline, Flow, Level, Node, Step, Tool } from '$lib/flow/schema';

export type LocalFlow = Localized<Flow>;
export type LocalNode = Localized<Node>;
export type LocalLevel = Localized<Level>;
export type LocalStep = Localized<Step>;
export type LocalContact = Localized<Contact>;
export type LocalTool = Localized<Tool>;
export type LocalDeadline = Localized<Deadline>;
