import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';

/** Mantine components that navigate with the router (typed `to`, `params`, `search`). */
const AnchorBase = forwardRef<HTMLAnchorElement, AnchorProps & ComponentPropsWithoutRef<'a'>>(
  (props, ref) => <Anchor ref={ref} {...props} />,
);
export const AnchorLink = createLink(AnchorBase);

const ButtonBase = forwardRef<HTMLAnchorElement, ButtonProps & ComponentPropsWithoutRef<'a'>>(
  (props, ref) => <Button component="a" ref={ref} {...props} />,
);
export const ButtonLink = createLink(ButtonBase);

const NavLinkBase = forwardRef<
  HTMLAnchorElement,
  NavLinkProps & Omit<ComponentPropsWithoutRef<'a'>, 'color' | 'style'>
>((props, ref) => <NavLink component="a" ref={ref} {...props} />);
export const RouterNavLink = createLink(NavLinkBase);
