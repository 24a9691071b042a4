import { useCopilotContext } from 'copilot-package';

export function About() {
  const { core } = useCopilotContext();
  return (
    <section className="page" aria-labelledby="about-title">
      <h2 id="about-title">About this build</h2>
      <dl className="core-info">
        <dt>Core version</dt>
        <dd data-testid="core-version">{core.version}</dd>
        <dt>Linked libraries</dt>
        <dd data-testid="core-libraries">{core.libraries}</dd>
      </dl>
    </section>
  );
}
