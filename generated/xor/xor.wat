(module
 (type $0 (func (param i32 i32 i32)))
 (type $1 (func (param v128) (result v128)))
 (type $2 (func (param i32 i32)))
 (type $3 (func))
 (type $4 (func (param v128 v128) (result v128)))
 (type $5 (func (param i32) (result i32)))
 (type $6 (func (param i32 i32) (result i32)))
 (memory $0 1 1)
 (export "memory" (memory $0))
 (export "first_non_finite" (func $first_non_finite))
 (export "entry:xor" (func $xor))
 (export "entry:xor/prepare" (func $xor_prepare))
 (func $gf_exp_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
    )
    (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
   )
  )
  (local.set $2
   (f32x4.nearest
    (f32x4.mul
     (local.get $1)
     (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
    )
   )
  )
  (local.set $3
   (f32x4.sub
    (f32x4.sub
     (local.get $1)
     (f32x4.mul
      (local.get $2)
      (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
     )
    )
    (f32x4.mul
     (local.get $2)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967)
             (local.get $3)
            )
            (v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce)
           )
           (local.get $3)
          )
          (v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908)
         )
         (local.get $3)
        )
        (v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1)
       )
       (local.get $3)
      )
      (v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa)
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.add
     (f32x4.mul
      (local.get $4)
      (f32x4.mul
       (local.get $3)
       (local.get $3)
      )
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $5
   (i32x4.trunc_sat_f32x4_s
    (local.get $2)
   )
  )
  (local.set $6
   (i32x4.shr_s
    (local.get $5)
    (i32.const 1)
   )
  )
  (f32x4.mul
   (f32x4.mul
    (local.get $4)
    (i32x4.shl
     (i32x4.add
      (local.get $6)
      (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
     )
     (i32.const 23)
    )
   )
   (i32x4.shl
    (i32x4.add
     (i32x4.sub
      (local.get $5)
      (local.get $6)
     )
     (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
    )
    (i32.const 23)
   )
  )
 )
 (func $gf_log_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local.set $1
   (f32x4.lt
    (local.get $0)
    (v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000)
   )
  )
  (local.set $2
   (v128.bitselect
    (f32x4.mul
     (local.get $0)
     (v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000)
    )
    (local.get $0)
    (local.get $1)
   )
  )
  (local.set $3
   (i32x4.sub
    (i32x4.sub
     (i32x4.shr_u
      (local.get $2)
      (i32.const 23)
     )
     (v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e)
    )
    (v128.and
     (local.get $1)
     (v128.const i32x4 0x00000017 0x00000017 0x00000017 0x00000017)
    )
   )
  )
  (local.set $4
   (v128.or
    (v128.and
     (local.get $2)
     (v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $5
   (f32x4.lt
    (local.get $4)
    (v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3)
   )
  )
  (local.set $3
   (i32x4.add
    (local.get $3)
    (local.get $5)
   )
  )
  (local.set $4
   (f32x4.sub
    (f32x4.add
     (local.get $4)
     (v128.and
      (local.get $4)
      (local.get $5)
     )
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $8
   (f32x4.convert_i32x4_s
    (local.get $3)
   )
  )
  (local.set $6
   (f32x4.mul
    (local.get $4)
    (local.get $4)
   )
  )
  (local.set $7
   (f32x4.mul
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb)
                     (local.get $4)
                    )
                    (v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8)
                   )
                   (local.get $4)
                  )
                  (v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a)
                 )
                 (local.get $4)
                )
                (v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f)
               )
               (local.get $4)
              )
              (v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf)
             )
             (local.get $4)
            )
            (v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50)
           )
           (local.get $4)
          )
          (v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac)
         )
         (local.get $4)
        )
        (v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc)
       )
       (local.get $4)
      )
      (v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa)
     )
     (local.get $4)
    )
    (local.get $6)
   )
  )
  (local.set $7
   (f32x4.add
    (local.get $7)
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $7
   (f32x4.sub
    (local.get $7)
    (f32x4.mul
     (local.get $6)
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
   )
  )
  (local.set $9
   (f32x4.add
    (f32x4.add
     (local.get $4)
     (local.get $7)
    )
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
    (local.get $9)
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $9)
    (f32x4.lt
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (v128.bitselect
   (local.get $0)
   (local.get $9)
   (v128.or
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
    )
    (f32x4.ne
     (local.get $0)
     (local.get $0)
    )
   )
  )
 )
 (func $gf_tanh_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $1
   (f32x4.abs
    (local.get $0)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $0)
    (local.get $0)
   )
  )
  (local.set $3
   (f32x4.add
    (f32x4.mul
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (v128.const i32x4 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea)
              (local.get $2)
             )
             (v128.const i32x4 0x3ca9134e 0x3ca9134e 0x3ca9134e 0x3ca9134e)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d)
          )
          (local.get $2)
         )
         (v128.const i32x4 0x3e088393 0x3e088393 0x3e088393 0x3e088393)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99)
      )
      (local.get $2)
     )
     (local.get $0)
    )
    (local.get $0)
   )
  )
  (local.set $4
   (f32x4.sub
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
    (f32x4.div
     (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
     (f32x4.add
      (call $gf_exp_f32x4
       (f32x4.add
        (local.get $1)
        (local.get $1)
       )
      )
      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
     )
    )
   )
  )
  (v128.or
   (v128.bitselect
    (local.get $3)
    (local.get $4)
    (f32x4.lt
     (local.get $1)
     (v128.const i32x4 0x3f200000 0x3f200000 0x3f200000 0x3f200000)
    )
   )
   (v128.and
    (local.get $0)
    (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
   )
  )
 )
 (func $gf_erf_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000)
    )
    (v128.const i32x4 0xc0800000 0xc0800000 0xc0800000 0xc0800000)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $1)
    (local.get $1)
   )
  )
  (f32x4.div
   (f32x4.mul
    (local.get $1)
    (f32x4.add
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (f32x4.add
               (f32x4.mul
                (v128.const i32x4 0xaf95df0b 0xaf95df0b 0xaf95df0b 0xaf95df0b)
                (local.get $2)
               )
               (v128.const i32x4 0x32edffee 0x32edffee 0x32edffee 0x32edffee)
              )
              (local.get $2)
             )
             (v128.const i32x4 0xb60cff51 0xb60cff51 0xb60cff51 0xb60cff51)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2)
          )
          (local.get $2)
         )
         (v128.const i32x4 0xba40ac63 0xba40ac63 0xba40ac63 0xba40ac63)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6)
      )
      (local.get $2)
     )
     (v128.const i32x4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4)
    )
   )
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (v128.const i32x4 0xb77460cd 0xb77460cd 0xb77460cd 0xb77460cd)
           (local.get $2)
          )
          (v128.const i32x4 0xb95fbd29 0xb95fbd29 0xb95fbd29 0xb95fbd29)
         )
         (local.get $2)
        )
        (v128.const i32x4 0xbadc924e 0xbadc924e 0xbadc924e 0xbadc924e)
       )
       (local.get $2)
      )
      (v128.const i32x4 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8)
     )
     (local.get $2)
    )
    (v128.const i32x4 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7)
   )
  )
 )
 (func $gf_pow_f32x4 (param $0 v128) (param $1 v128) (result v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $2
   (call $gf_exp_f32x4
    (f32x4.mul
     (local.get $1)
     (call $gf_log_f32x4
      (f32x4.abs
       (local.get $0)
      )
     )
    )
   )
  )
  (local.set $3
   (f32x4.eq
    (f32x4.trunc
     (local.get $1)
    )
    (local.get $1)
   )
  )
  (local.set $4
   (v128.and
    (v128.and
     (local.get $3)
     (f32x4.lt
      (f32x4.abs
       (local.get $1)
      )
      (v128.const i32x4 0x4b800000 0x4b800000 0x4b800000 0x4b800000)
     )
    )
    (i32x4.ne
     (v128.and
      (i32x4.trunc_sat_f32x4_s
       (local.get $1)
      )
      (v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001)
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $2
   (v128.or
    (local.get $2)
    (v128.and
     (v128.and
      (local.get $0)
      (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
     )
     (local.get $4)
    )
   )
  )
  (local.set $2
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $2)
    (v128.andnot
     (v128.and
      (f32x4.lt
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (f32x4.ne
       (local.get $0)
       (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      )
     )
     (local.get $3)
    )
   )
  )
  (v128.bitselect
   (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   (local.get $2)
   (f32x4.eq
    (local.get $1)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
 )
 (func $gf_mix32 (param $0 i32) (result i32)
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const 2146121005)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const -2073254261)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $gf_mix32_i32x4 (param $0 v128) (result v128)
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x7feb352d 0x7feb352d 0x7feb352d 0x7feb352d)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x846ca68b 0x846ca68b 0x846ca68b 0x846ca68b)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $first_non_finite (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local.set $2
   (i32.const 0)
  )
  (block $blocks
   (loop $block
    (br_if $blocks
     (i32.ge_u
      (local.get $2)
      (i32.and
       (local.get $1)
       (i32.const -16)
      )
     )
    )
    (br_if $blocks
     (v128.any_true
      (v128.or
       (v128.or
        (v128.or
         (i32x4.eq
          (v128.and
           (v128.load align=4
            (i32.add
             (local.get $0)
             (i32.shl
              (local.get $2)
              (i32.const 2)
             )
            )
           )
           (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
         (i32x4.eq
          (v128.and
           (v128.load offset=16 align=4
            (i32.add
             (local.get $0)
             (i32.shl
              (local.get $2)
              (i32.const 2)
             )
            )
           )
           (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
        )
        (i32x4.eq
         (v128.and
          (v128.load offset=32 align=4
           (i32.add
            (local.get $0)
            (i32.shl
             (local.get $2)
             (i32.const 2)
            )
           )
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
         (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
        )
       )
       (i32x4.eq
        (v128.and
         (v128.load offset=48 align=4
          (i32.add
           (local.get $0)
           (i32.shl
            (local.get $2)
            (i32.const 2)
           )
          )
         )
         (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
        )
        (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
       )
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 16)
     )
    )
    (br $block)
   )
  )
  (block $scalars
   (loop $scalar
    (br_if $scalars
     (i32.ge_u
      (local.get $2)
      (local.get $1)
     )
    )
    (if
     (i32.eq
      (i32.and
       (i32.load
        (i32.add
         (local.get $0)
         (i32.shl
          (local.get $2)
          (i32.const 2)
         )
        )
       )
       (i32.const 2139095040)
      )
      (i32.const 2139095040)
     )
     (then
      (return
       (local.get $2)
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 1)
     )
    )
    (br $scalar)
   )
  )
  (i32.const -1)
 )
 (func $k0_hidden_matmul_add_tanh_mul_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 i32)
  (local $53 i32)
  (local $54 i32)
  (local $55 i32)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (if
   (i32.gt_s
    (local.get $1)
    (i32.const 0)
   )
   (then
    (local.set $4
     (i32.mul
      (i32.const 0)
      (i32.const 8)
     )
    )
    (local.set $5
     (i32.mul
      (i32.const 0)
      (i32.const 32)
     )
    )
    (local.set $3
     (i32.const 0)
    )
    (block
     (local.set $6
      (i32.mul
       (local.get $3)
       (i32.const 8)
      )
     )
     (local.set $7
      (local.get $5)
     )
     (local.set $10
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $12
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $14
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $16
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $8
      (i32.add
       (local.get $7)
       (i32.const 16)
      )
     )
     (loop $k1
      (local.set $18
       (v128.load64_zero offset=32 align=4
        (local.get $7)
       )
      )
      (local.set $20
       (v128.load32_splat offset=96
        (local.get $6)
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $20)
         (local.get $18)
        )
       )
      )
      (local.set $20
       (v128.load32_splat offset=104
        (local.get $6)
       )
      )
      (local.set $12
       (f32x4.add
        (local.get $12)
        (f32x4.mul
         (local.get $20)
         (local.get $18)
        )
       )
      )
      (local.set $20
       (v128.load32_splat offset=112
        (local.get $6)
       )
      )
      (local.set $14
       (f32x4.add
        (local.get $14)
        (f32x4.mul
         (local.get $20)
         (local.get $18)
        )
       )
      )
      (local.set $20
       (v128.load32_splat offset=120
        (local.get $6)
       )
      )
      (local.set $16
       (f32x4.add
        (local.get $16)
        (f32x4.mul
         (local.get $20)
         (local.get $18)
        )
       )
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 4)
       )
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 8)
       )
      )
      (br_if $k1
       (i32.ne
        (local.get $7)
        (local.get $8)
       )
      )
     )
     (local.set $9
      (i32.add
       (i32.mul
        (local.get $3)
        (i32.const 8)
       )
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
      )
     )
     (local.set $10
      (block (result v128)
       (local.set $21
        (local.get $10)
       )
       (local.set $22
        (local.get $3)
       )
       (local.set $23
        (local.get $4)
       )
       (local.set $24
        (i32.add
         (i32.mul
          (local.get $22)
          (i32.const 2)
         )
         (local.get $23)
        )
       )
       (local.set $25
        (local.get $23)
       )
       (local.set $26
        (v128.load offset=48 align=4
         (i32.shl
          (local.get $25)
          (i32.const 2)
         )
        )
       )
       (local.set $27
        (f32x4.add
         (local.get $21)
         (local.get $26)
        )
       )
       (local.set $28
        (call $gf_tanh_f32x4
         (local.get $27)
        )
       )
       (local.set $29
        (f32x4.mul
         (local.get $28)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.set $30
        (f32x4.add
         (local.get $29)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.get $30)
      )
     )
     (v128.store64_lane offset=144 align=4 0
      (local.get $9)
      (local.get $10)
     )
     (local.set $12
      (block (result v128)
       (local.set $31
        (local.get $12)
       )
       (local.set $32
        (i32.add
         (local.get $3)
         (i32.const 1)
        )
       )
       (local.set $33
        (local.get $4)
       )
       (local.set $34
        (i32.add
         (i32.mul
          (local.get $32)
          (i32.const 2)
         )
         (local.get $33)
        )
       )
       (local.set $35
        (local.get $33)
       )
       (local.set $36
        (v128.load offset=48 align=4
         (i32.shl
          (local.get $35)
          (i32.const 2)
         )
        )
       )
       (local.set $37
        (f32x4.add
         (local.get $31)
         (local.get $36)
        )
       )
       (local.set $38
        (call $gf_tanh_f32x4
         (local.get $37)
        )
       )
       (local.set $39
        (f32x4.mul
         (local.get $38)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.set $40
        (f32x4.add
         (local.get $39)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.get $40)
      )
     )
     (v128.store64_lane offset=152 align=4 0
      (local.get $9)
      (local.get $12)
     )
     (local.set $14
      (block (result v128)
       (local.set $41
        (local.get $14)
       )
       (local.set $42
        (i32.add
         (local.get $3)
         (i32.const 2)
        )
       )
       (local.set $43
        (local.get $4)
       )
       (local.set $44
        (i32.add
         (i32.mul
          (local.get $42)
          (i32.const 2)
         )
         (local.get $43)
        )
       )
       (local.set $45
        (local.get $43)
       )
       (local.set $46
        (v128.load offset=48 align=4
         (i32.shl
          (local.get $45)
          (i32.const 2)
         )
        )
       )
       (local.set $47
        (f32x4.add
         (local.get $41)
         (local.get $46)
        )
       )
       (local.set $48
        (call $gf_tanh_f32x4
         (local.get $47)
        )
       )
       (local.set $49
        (f32x4.mul
         (local.get $48)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.set $50
        (f32x4.add
         (local.get $49)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.get $50)
      )
     )
     (v128.store64_lane offset=160 align=4 0
      (local.get $9)
      (local.get $14)
     )
     (local.set $16
      (block (result v128)
       (local.set $51
        (local.get $16)
       )
       (local.set $52
        (i32.add
         (local.get $3)
         (i32.const 3)
        )
       )
       (local.set $53
        (local.get $4)
       )
       (local.set $54
        (i32.add
         (i32.mul
          (local.get $52)
          (i32.const 2)
         )
         (local.get $53)
        )
       )
       (local.set $55
        (local.get $53)
       )
       (local.set $56
        (v128.load offset=48 align=4
         (i32.shl
          (local.get $55)
          (i32.const 2)
         )
        )
       )
       (local.set $57
        (f32x4.add
         (local.get $51)
         (local.get $56)
        )
       )
       (local.set $58
        (call $gf_tanh_f32x4
         (local.get $57)
        )
       )
       (local.set $59
        (f32x4.mul
         (local.get $58)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.set $60
        (f32x4.add
         (local.get $59)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.get $60)
      )
     )
     (v128.store64_lane offset=168 align=4 0
      (local.get $9)
      (local.get $16)
     )
     (local.set $3
      (i32.add
       (local.get $3)
       (i32.const 4)
      )
     )
    )
   )
  )
 )
 (func $k0_hidden_matmul_add_tanh_mul (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k0_hidden_matmul_add_tanh_mul_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k1_out_matmul_add_mul_tanh_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 i32)
  (local $53 i32)
  (local $54 i32)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (if
   (i32.gt_s
    (local.get $1)
    (i32.const 0)
   )
   (then
    (local.set $4
     (i32.mul
      (i32.const 0)
      (i32.const 8)
     )
    )
    (local.set $5
     (i32.mul
      (i32.const 0)
      (i32.const 32)
     )
    )
    (local.set $3
     (i32.const 0)
    )
    (block
     (local.set $6
      (i32.mul
       (local.get $3)
       (i32.const 8)
      )
     )
     (local.set $7
      (local.get $5)
     )
     (local.set $10
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $12
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $14
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $16
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $8
      (i32.add
       (local.get $7)
       (i32.const 8)
      )
     )
     (loop $k1
      (local.set $18
       (v128.load32_zero offset=64
        (local.get $7)
       )
      )
      (local.set $20
       (v128.load32_splat offset=144
        (local.get $6)
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $20)
         (local.get $18)
        )
       )
      )
      (local.set $20
       (v128.load32_splat offset=152
        (local.get $6)
       )
      )
      (local.set $12
       (f32x4.add
        (local.get $12)
        (f32x4.mul
         (local.get $20)
         (local.get $18)
        )
       )
      )
      (local.set $20
       (v128.load32_splat offset=160
        (local.get $6)
       )
      )
      (local.set $14
       (f32x4.add
        (local.get $14)
        (f32x4.mul
         (local.get $20)
         (local.get $18)
        )
       )
      )
      (local.set $20
       (v128.load32_splat offset=168
        (local.get $6)
       )
      )
      (local.set $16
       (f32x4.add
        (local.get $16)
        (f32x4.mul
         (local.get $20)
         (local.get $18)
        )
       )
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 4)
       )
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 4)
       )
      )
      (br_if $k1
       (i32.ne
        (local.get $7)
        (local.get $8)
       )
      )
     )
     (local.set $9
      (i32.add
       (i32.mul
        (local.get $3)
        (i32.const 4)
       )
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
      )
     )
     (local.set $10
      (block (result v128)
       (local.set $21
        (local.get $10)
       )
       (local.set $22
        (local.get $3)
       )
       (local.set $23
        (local.get $4)
       )
       (local.set $24
        (i32.add
         (local.get $22)
         (local.get $23)
        )
       )
       (local.set $25
        (v128.load32_splat offset=80
         (i32.const 0)
        )
       )
       (local.set $26
        (f32x4.add
         (local.get $21)
         (local.get $25)
        )
       )
       (local.set $27
        (f32x4.mul
         (local.get $26)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.set $28
        (call $gf_tanh_f32x4
         (local.get $27)
        )
       )
       (local.set $29
        (f32x4.mul
         (local.get $28)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.set $30
        (f32x4.add
         (local.get $29)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (v128.store32_lane offset=96 0
        (i32.shl
         (local.get $24)
         (i32.const 2)
        )
        (local.get $26)
       )
       (local.get $30)
      )
     )
     (v128.store32_lane offset=112 0
      (local.get $9)
      (local.get $10)
     )
     (local.set $12
      (block (result v128)
       (local.set $31
        (local.get $12)
       )
       (local.set $32
        (i32.add
         (local.get $3)
         (i32.const 1)
        )
       )
       (local.set $33
        (local.get $4)
       )
       (local.set $34
        (i32.add
         (local.get $32)
         (local.get $33)
        )
       )
       (local.set $35
        (v128.load32_splat offset=80
         (i32.const 0)
        )
       )
       (local.set $36
        (f32x4.add
         (local.get $31)
         (local.get $35)
        )
       )
       (local.set $37
        (f32x4.mul
         (local.get $36)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.set $38
        (call $gf_tanh_f32x4
         (local.get $37)
        )
       )
       (local.set $39
        (f32x4.mul
         (local.get $38)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.set $40
        (f32x4.add
         (local.get $39)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (v128.store32_lane offset=96 0
        (i32.shl
         (local.get $34)
         (i32.const 2)
        )
        (local.get $36)
       )
       (local.get $40)
      )
     )
     (v128.store32_lane offset=116 0
      (local.get $9)
      (local.get $12)
     )
     (local.set $14
      (block (result v128)
       (local.set $41
        (local.get $14)
       )
       (local.set $42
        (i32.add
         (local.get $3)
         (i32.const 2)
        )
       )
       (local.set $43
        (local.get $4)
       )
       (local.set $44
        (i32.add
         (local.get $42)
         (local.get $43)
        )
       )
       (local.set $45
        (v128.load32_splat offset=80
         (i32.const 0)
        )
       )
       (local.set $46
        (f32x4.add
         (local.get $41)
         (local.get $45)
        )
       )
       (local.set $47
        (f32x4.mul
         (local.get $46)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.set $48
        (call $gf_tanh_f32x4
         (local.get $47)
        )
       )
       (local.set $49
        (f32x4.mul
         (local.get $48)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.set $50
        (f32x4.add
         (local.get $49)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (v128.store32_lane offset=96 0
        (i32.shl
         (local.get $44)
         (i32.const 2)
        )
        (local.get $46)
       )
       (local.get $50)
      )
     )
     (v128.store32_lane offset=120 0
      (local.get $9)
      (local.get $14)
     )
     (local.set $16
      (block (result v128)
       (local.set $51
        (local.get $16)
       )
       (local.set $52
        (i32.add
         (local.get $3)
         (i32.const 3)
        )
       )
       (local.set $53
        (local.get $4)
       )
       (local.set $54
        (i32.add
         (local.get $52)
         (local.get $53)
        )
       )
       (local.set $55
        (v128.load32_splat offset=80
         (i32.const 0)
        )
       )
       (local.set $56
        (f32x4.add
         (local.get $51)
         (local.get $55)
        )
       )
       (local.set $57
        (f32x4.mul
         (local.get $56)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.set $58
        (call $gf_tanh_f32x4
         (local.get $57)
        )
       )
       (local.set $59
        (f32x4.mul
         (local.get $58)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (local.set $60
        (f32x4.add
         (local.get $59)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
       (v128.store32_lane offset=96 0
        (i32.shl
         (local.get $54)
         (i32.const 2)
        )
        (local.get $56)
       )
       (local.get $60)
      )
     )
     (v128.store32_lane offset=124 0
      (local.get $9)
      (local.get $16)
     )
     (local.set $3
      (i32.add
       (local.get $3)
       (i32.const 4)
      )
     )
    )
   )
  )
 )
 (func $k1_out_matmul_add_mul_tanh (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k1_out_matmul_add_mul_tanh_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k2_abs_add_mul_5more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 f32)
  (local $5 f32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (local $9 f32)
  (local $10 f32)
  (local $11 f32)
  (local $12 f32)
  (local $13 f32)
  (local $14 f32)
  (local $15 f32)
  (local $16 f32)
  (local $17 f32)
  (local $18 f32)
  (local $19 f32)
  (local $20 i32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 4)
      (i32.lt_s
       (local.get $2)
       (i32.const 4)
      )
     )
    )
    (then
     (loop $tile0
      (local.set $4
       (f32.const 0)
      )
      (local.set $6
       (local.get $3)
      )
      (local.set $7
       (f32.load offset=96
        (i32.shl
         (local.get $6)
         (i32.const 2)
        )
       )
      )
      (local.set $8
       (f32.abs
        (local.get $7)
       )
      )
      (local.set $9
       (f32.add
        (local.get $7)
        (local.get $8)
       )
      )
      (local.set $10
       (f32.mul
        (local.get $9)
        (f32.const 0.5)
       )
      )
      (local.set $11
       (f32.abs
        (local.get $7)
       )
      )
      (local.set $12
       (f32.neg
        (local.get $11)
       )
      )
      (local.set $13
       (f32x4.extract_lane 0
        (call $gf_exp_f32x4
         (f32x4.splat
          (local.get $12)
         )
        )
       )
      )
      (local.set $14
       (f32.add
        (local.get $13)
        (f32.const 1)
       )
      )
      (local.set $15
       (f32x4.extract_lane 0
        (call $gf_log_f32x4
         (f32x4.splat
          (local.get $14)
         )
        )
       )
      )
      (local.set $16
       (f32.add
        (local.get $10)
        (local.get $15)
       )
      )
      (local.set $17
       (f32.load offset=128
        (i32.shl
         (local.get $6)
         (i32.const 2)
        )
       )
      )
      (local.set $18
       (f32.mul
        (local.get $7)
        (local.get $17)
       )
      )
      (local.set $19
       (f32.sub
        (local.get $16)
        (local.get $18)
       )
      )
      (local.set $4
       (f32.add
        (local.get $4)
        (local.get $19)
       )
      )
      (local.set $20
       (local.get $3)
      )
      (f32.store offset=144
       (i32.shl
        (local.get $20)
        (i32.const 2)
       )
       (local.get $4)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile0
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 4)
         (i32.lt_s
          (local.get $2)
          (i32.const 4)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k3_reduceSum_div (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 f32)
  (local $4 f32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (local.set $3
   (f32.const 0)
  )
  (block
   (local.set $5
    (i32.const 0)
   )
   (loop $for0
    (local.set $6
     (local.get $5)
    )
    (local.set $7
     (f32.load offset=144
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
     )
    )
    (local.set $3
     (f32.add
      (local.get $3)
      (local.get $7)
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 1)
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.get $5)
      (i32.const 4)
     )
    )
   )
  )
  (local.set $8
   (f32.div
    (local.get $3)
    (f32.const 4)
   )
  )
  (f32.store offset=128
   (i32.const 0)
   (local.get $8)
  )
 )
 (func $xor
  (call $k0_hidden_matmul_add_tanh_mul
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k1_out_matmul_add_mul_tanh
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k2_abs_add_mul_5more
   (i32.const 0)
   (i32.const 0)
   (i32.const 4)
  )
  (call $k3_reduceSum_div
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (nop)
 )
 (func $xor_prepare_k0_hidden_mul (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (block
   (local.set $3
    (i32.const 0)
   )
   (local.set $4
    (v128.load align=4
     (i32.shl
      (local.get $3)
      (i32.const 2)
     )
    )
   )
   (local.set $5
    (f32x4.mul
     (local.get $4)
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
   )
   (v128.store offset=96 align=4
    (i32.shl
     (local.get $3)
     (i32.const 2)
    )
    (local.get $5)
   )
  )
 )
 (func $xor_prepare_k1_hidden_mul (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 f32)
  (local $5 f32)
  (block
   (local.set $3
    (i32.const 0)
   )
   (loop $for0
    (local.set $4
     (f32.load offset=16
      (i32.shl
       (local.get $3)
       (i32.const 2)
      )
     )
    )
    (local.set $5
     (f32.mul
      (local.get $4)
      (f32.const 0.5)
     )
    )
    (f32.store offset=112
     (i32.shl
      (local.get $3)
      (i32.const 2)
     )
     (local.get $5)
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 1)
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.get $3)
      (i32.const 2)
     )
    )
   )
  )
 )
 (func $xor_prepare
  (call $xor_prepare_k0_hidden_mul
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (call $xor_prepare_k1_hidden_mul
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (memory.copy
   (i32.const 32)
   (i32.const 96)
   (i32.const 16)
  )
  (memory.copy
   (i32.const 48)
   (i32.const 112)
   (i32.const 8)
  )
  (nop)
 )
)
