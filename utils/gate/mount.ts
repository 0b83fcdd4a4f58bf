/**
 * Puts a gate card right before a gated container, in an open shadow root (so assistive
 * tech and test tools see its buttons, and page CSS cannot restyle it). The card sits
 * outside the container so the container can be `inert` while the card stays usable.
 *
 * Built by hand rather than with WXT's createShadowRootUi: that is async, and the card
 * should appear in the same frame the decision is made.
 */
import { h, render } from 'preact';
import { GateCard, type GateCardProps } from '../../components/GateCard';
import cardCss from '../../components/GateCard.css?inline';

export interface MountedGate {
  update(props: GateCardProps): void;
  remove(): void;
}

export const GATE_TAG = 'heed-gate';

export function mountGate(container: HTMLElement, props: GateCardProps): MountedGate {
  const host = container.ownerDocument.createElement(GATE_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = container.ownerDocument.createElement('style');
  style.textContent = cardCss;
  const root = container.ownerDocument.createElement('div');
  shadow.append(style, root);
  container.before(host);
  render(h(GateCard, props), root);
  return {
    update: (next) => render(h(GateCard, next), root),
    remove: () => {
      render(null, root);
      host.remove();
    },
  };
}
