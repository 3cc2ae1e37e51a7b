#ifndef CPANGOCAIRO_SHIM_H
#define CPANGOCAIRO_SHIM_H
/* Pango's text layout drawn through cairo, onto cairo's PDF surface (declared in its own header). */
#include <pango/pangocairo.h>
#include <cairo/cairo-pdf.h>
#endif
