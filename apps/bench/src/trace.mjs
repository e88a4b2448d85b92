// A Chrome trace recorded over a page's CDP session: start before the load,
// stop after it; stop() resolves to the trace events.

export const startTrace = async (cdp, categories) => {
  const events = [];
  const collect = ({ value }) => {
    for (const event of value) events.push(event);
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
};
