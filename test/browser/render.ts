/**
 * What both page scripts do with their result: each line into the page's #output list, and the
 * outcome in `body[data-status]` ('done' or 'failed'), where the test reads them.
 */
export function showResult(result: Promise<readonly string[]>): void {
  result.then(
    (lines) => render(lines, 'done'),
    (error: unknown) =>
      render([`failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`], 'failed'),
  );
}

function render(lines: readonly string[], status: string): void {
  const output = document.getElementById('output');
  if (output === null) throw new Error('the page has no #output');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    output.append(item);
  }
  document.body.dataset['status'] = status;
}
