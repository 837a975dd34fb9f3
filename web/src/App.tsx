import { BrowserRouter, Route, Routes } from 'react-router';
import { AppConfig } from './components/AppConfig.tsx';
import { HomeRedirect } from './components/HomeRedirect.tsx';
import { RequireSession } from './components/RequireSession.tsx';
import { PublicLayout } from './layout/PublicLayout.tsx';
import { RoleLayout } from './layout/RoleLayout.tsx';
import { ChangePasswordPage } from './pages/account/ChangePasswordPage.tsx';
import { PASSWORD_PAGE } from './pages/account/password-page.ts';
import { LoginPage } from './pages/login/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PublicPage } from './pages/public/PublicPage.tsx';
import { ROLE_SECTIONS } from './routes/role-sections.tsx';
import { SessionProvider } from './session/SessionProvider.tsx';
import { ROLES } from './shared.ts';

/** The routes: `/login` and `/public` for everyone, then one guarded section per role. */
export function App() {
  return (
    <AppConfig>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/" element={<HomeRedirect />} />
            <Route element={<PublicLayout />}>
              <Route path="/login" element={<LoginPage />} />
              <Route path="/public" element={<PublicPage />} />
              <Route path={PASSWORD_PAGE} element={<ChangePasswordPage />} />
            </Route>
            {ROLES.map((role) => (
              <Route
                key={role}
                path={ROLE_SECTIONS[role].base}
                element={
                  <RequireSession role={role}>
                    <RoleLayout />
                  </RequireSession>
                }
              >
                {ROLE_SECTIONS[role].pages.map((page) =>
                  page.path === '' ? (
                    <Route key="" index element={page.element} />
                  ) : (
                    <Route key={page.path} path={page.path} element={page.element} />
                  ),
                )}
              </Route>
            ))}
            <Route element={<PublicLayout />}>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </AppConfig>
  );
}
