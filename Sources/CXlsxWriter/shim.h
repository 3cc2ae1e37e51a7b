#ifndef CXLSXWRITER_SHIM_H
#define CXLSXWRITER_SHIM_H
/* libxlsxwriter's API imports as is (functions, enums, lxw_datetime); nothing to wrap. */
#include <xlsxwriter.h>
#endif
