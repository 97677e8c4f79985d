// The published models' files, as they are in flows/, for the studio's "Åpne en publisert modell".
import { error } from '@sveltejs/kit';
import { flowText, listed } from '$lib/server/flows';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => listed().map((f) => ({ id: f.id }));

export const GET: RequestHandler = ({ params }) => {
	if (!listed().some((f) => f.id === params.id)) error(404, 'Unknown model');
	return new Response(flowText(params.id), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
