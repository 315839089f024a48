/**
 * Mantine's anchor, button and nav link as typed router links. `component={Link}` would work at
 * runtime but loses the route typing (params and search checked by the compiler), so we wrap them
 * the way TanStack Router documents it (`createLink`).
 */
import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type AnkerAttribute = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'> & {
  ref?: Ref<HTMLAnchorElement>;
};

function MantineAnker(props: AnchorProps & AnkerAttribute) {
  return <Anchor component="a" {...props} />;
}

function MantineKnopf(props: ButtonProps & AnkerAttribute) {
  return <Button component="a" {...props} />;
}

function MantineNavLink(props: NavLinkProps & Omit<AnkerAttribute, keyof NavLinkProps>) {
  return <NavLink component="a" {...props} />;
}

export const LinkAnker = createLink(MantineAnker);
export const LinkKnopf = createLink(MantineKnopf);
export const LinkNav = createLink(MantineNavLink);
